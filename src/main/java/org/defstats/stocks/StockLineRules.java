package org.defstats.stocks;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.defstats.csv.Column;
import org.defstats.csv.CsvLine;
import org.defstats.csv.LineRules;
import org.defstats.csv.LineCheck;
import org.defstats.csv.LineProblem;
import org.defstats.stats.Period;

/**
 * The rules of one line of a stock table ({@code as_of, sex, category, count}) and the row it gives. A line whose
 * category is {@code total}, 합계, 계 or 총계 is the total row of its snapshot and sex.
 */
public class StockLineRules implements LineRules<StockRow> {

    /** The first month a figure can be about. */
    public static final YearMonth FIRST_MONTH = YearMonth.of(Period.FIRST_YEAR, 1);

    private static final Pattern MONTH = Pattern.compile("([0-9]{4})\\s*(?:[-./]|년)\\s*([0-9]{1,2})\\s*월?");

    private final Breakdown breakdown;
    private final YearMonth lastMonth;
    private final String category;

    /**
     * @param lastMonth the latest month a snapshot may be of, the current month
     */
    public StockLineRules(Breakdown breakdown, YearMonth lastMonth) {
        this.breakdown = breakdown;
        this.lastMonth = lastMonth;
        this.category = breakdown.column().name();
    }

    public StockLineRules(Breakdown breakdown) {
        this(breakdown, YearMonth.now());
    }

    /** The columns of a stock table of this breakdown, for the reader. */
    public List<Column> columns() {
        return columns(breakdown);
    }

    public static List<Column> columns(Breakdown breakdown) {
        return List.of(
                Column.required("as_of", "as of", "asof", "month", "기준", "기준월", "기준시점", "기준년월", "시점"),
                Column.required("sex", "gender", "성별", "성"),
                breakdown.column(),
                Column.required("count", "persons", "인원", "인원수", "명"));
    }

    @Override
    public boolean isTotalRow(CsvLine line) {
        return line.isTotalLabel(category);
    }

    @Override
    public StockRow apply(LineCheck check) {
        YearMonth asOf = month(check, "as_of", lastMonth);
        Sex sex = sex(check);
        String code = isTotalRow(check.line()) ? null : category(check);
        Long count = check.requiredCount("count");
        if (check.failed()) {
            return null;
        }
        return new StockRow(asOf, sex, code, count, check.line().line());
    }

    /** A month cell ({@code 2020-09}, {@code 2020.9}, {@code 2020년 9월}) from 1945-01 to {@code lastMonth}. */
    public static YearMonth month(LineCheck check, String column, YearMonth lastMonth) {
        String text = check.text(column);
        if (text.isEmpty()) {
            check.problem(column, "required", column + " is empty; every row needs the month of its snapshot, "
                    + "such as 2020-09");
            return null;
        }
        Matcher m = MONTH.matcher(text);
        if (!m.matches()) {
            check.problem(column, "month", "'" + LineProblem.shortened(text) + "' is not a month such as 2020-09");
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            check.problem(column, "month", "'" + LineProblem.shortened(text) + "' has a month outside 01 to 12");
            return null;
        }
        YearMonth asOf = YearMonth.of(Integer.parseInt(m.group(1)), month);
        if (asOf.isBefore(FIRST_MONTH) || asOf.isAfter(lastMonth)) {
            check.problem(column, "month", asOf + " is outside the months " + FIRST_MONTH + " to " + lastMonth
                    + "; check the month");
            return null;
        }
        return asOf;
    }

    private static Sex sex(LineCheck check) {
        String text = check.text("sex");
        Sex sex = Sex.ofLabel(text).orElse(null);
        if (sex == null) {
            check.problem("sex", text.isEmpty() ? "required" : "sex", (text.isEmpty() ? "sex is empty"
                    : "'" + LineProblem.shortened(text) + "' is not a sex") + "; use " + Sex.labels());
        }
        return sex;
    }

    private String category(LineCheck check) {
        String label = check.text(category);
        String code = label.isEmpty() ? null : breakdown.category(label).orElse(null);
        if (code == null) {
            check.problem(category, label.isEmpty() ? "required" : "category", (label.isEmpty()
                    ? category + " is empty; every row needs its category, or total for the total row"
                    : "'" + LineProblem.shortened(label) + "' is not a category of " + breakdown.code())
                    + "; the categories are " + breakdown.acceptedLabels());
        }
        return code;
    }
}
