package org.defstats.register;

import java.time.YearMonth;
import java.util.List;

import org.defstats.csv.Column;
import org.defstats.csv.CsvLine;
import org.defstats.csv.LineCheck;
import org.defstats.csv.LineProblem;
import org.defstats.education.Level;
import org.defstats.stocks.Breakdown;
import org.defstats.stocks.Occupation;
import org.defstats.stocks.Sex;
import org.defstats.stocks.StockLineRules;

/**
 * The rules of one line of a register ({@code id, arrival, sex, birth_year, education, occupation, province}) and
 * the person it gives. A register has no total rows.
 *
 * <p>Ids must rise strictly from line to line: the register is exported sorted by id ({@code ORDER BY id}), so a
 * person given twice shows as an id that does not rise, found with the previous id alone rather than with a set
 * of every id read (memory that would grow with the register). One instance reads one file, in line order.
 */
public final class RegisterLineRules implements org.defstats.csv.LineRules<Person> {

    /** The first year of birth a register may give. */
    public static final int FIRST_BIRTH_YEAR = 1900;

    public static final List<Column> COLUMNS = List.of(
            Column.required("id", "person_id", "번호", "일련번호", "식별번호", "아이디"),
            Column.required("arrival", "arrival_month", "입국", "입국월", "입국년월", "입국시기"),
            Column.required("sex", "gender", "성별", "성"),
            Column.required("birth_year", "born", "year_of_birth", "출생연도", "출생년도", "생년"),
            Breakdown.EDUCATION.column(),
            Breakdown.OCCUPATION.column(),
            Column.required("province", "province_of_origin", "origin", "출신지", "출신지역", "출신도", "북한출신지"));

    private final YearMonth lastMonth;
    private long previousId;
    private long previousLine;

    /**
     * @param lastMonth the latest month a person may have arrived in, the current month
     */
    public RegisterLineRules(YearMonth lastMonth) {
        this.lastMonth = lastMonth;
    }

    public RegisterLineRules() {
        this(YearMonth.now());
    }

    @Override
    public boolean isTotalRow(CsvLine line) {
        return false;
    }

    @Override
    public Person apply(LineCheck check) {
        Long id = id(check);
        YearMonth arrival = StockLineRules.month(check, "arrival", lastMonth);
        Sex sex = sex(check);
        Integer birthYear = birthYear(check, arrival);
        Level education = label(check, "education", Level.ofLabel(check.text("education")).orElse(null),
                Level::labels);
        Occupation occupation = label(check, "occupation", Occupation.ofLabel(check.text("occupation")).orElse(null),
                Occupation::labels);
        Province province = label(check, "province", Province.ofLabel(check.text("province")).orElse(null),
                Province::labels);
        if (check.failed()) {
            return null;
        }
        return new Person(id, arrival, sex, birthYear, education, occupation, province);
    }

    private Long id(LineCheck check) {
        String text = check.text("id");
        if (text.isEmpty()) {
            check.problem("id", "required", "id is empty; every person needs the register's id");
            return null;
        }
        if (text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            check.problem("id", "id", "'" + LineProblem.shortened(text) + "' is not an id; ids are whole numbers "
                    + "of up to 18 digits");
            return null;
        }
        long id = Long.parseLong(text);
        long line = check.line().line();
        if (previousLine > 0 && id == previousId) {
            check.problem("id", "duplicate-id", "id " + id + " is given twice (lines " + previousLine + " and " + line
                    + "); each person must appear once");
        }
        else if (previousLine > 0 && id < previousId) {
            check.problem("id", "id-order", "id " + id + " comes after id " + previousId + " (line " + previousLine
                    + "); the register must be sorted by id, so that a person given twice is found: sort the "
                    + "export by id");
        }
        previousId = Math.max(id, previousLine > 0 ? previousId : id);
        previousLine = line;
        return id;
    }

    private static Sex sex(LineCheck check) {
        String text = check.text("sex");
        Sex sex = Sex.ofLabel(text).filter(s -> s != Sex.ALL).orElse(null);
        if (sex == null) {
            check.problem("sex", text.isEmpty() ? "required" : "sex", (text.isEmpty() ? "sex is empty"
                    : "'" + LineProblem.shortened(text) + "' is not the sex of a person") + "; use male (남, 남성, "
                    + "남자) or female (여, 여성, 여자)");
        }
        return sex;
    }

    private static Integer birthYear(LineCheck check, YearMonth arrival) {
        String text = check.text("birth_year").replace("년", "").strip();
        if (text.isEmpty()) {
            check.problem("birth_year", "required", "birth_year is empty; every person needs a year of birth");
            return null;
        }
        if (text.length() != 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            check.problem("birth_year", "birth-year", "'" + LineProblem.shortened(check.text("birth_year"))
                    + "' is not a year of birth such as 1985");
            return null;
        }
        int year = Integer.parseInt(text);
        int latest = arrival == null ? YearMonth.now().getYear() : arrival.getYear();
        if (year < FIRST_BIRTH_YEAR || year > latest) {
            check.problem("birth_year", "birth-year", year + " is outside the years " + FIRST_BIRTH_YEAR + " to "
                    + latest + (arrival == null ? "" : " (the year of arrival)") + "; check the year of birth");
            return null;
        }
        return year;
    }

    private static <T> T label(LineCheck check, String column, T value,
            java.util.function.Supplier<String> accepted) {
        if (value == null) {
            String text = check.text(column);
            check.problem(column, text.isEmpty() ? "required" : column, (text.isEmpty() ? column + " is empty"
                    : "'" + LineProblem.shortened(text) + "' is not one of the " + column.replace('_', ' ') + " labels defstats knows")
                    + "; use " + accepted.get());
        }
        return value;
    }
}
