package org.defstats.education;

import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.defstats.csv.Column;
import org.defstats.csv.CsvLine;
import org.defstats.csv.LineRules;
import org.defstats.csv.LineCheck;
import org.defstats.csv.LineProblem;
import org.defstats.stats.Period;

/** The rules of one line of an education export (year, level, count), and the row it stages. */
class LevelLineRules implements LineRules<StagedLevelCount> {

    static final List<Column> COLUMNS = List.of(
            Column.required("year", "연도", "년도", "구분", "입국연도"),
            Column.required("level", "education", "학력"),
            Column.required("count", "persons", "인원", "인원수", "명"));
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})\\s*년?");

    private final int lastYear;

    LevelLineRules(int lastYear) {
        this.lastYear = lastYear;
    }

    LevelLineRules() {
        this(Year.now().getValue());
    }

    @Override
    public boolean isTotalRow(CsvLine line) {
        return line.isTotalLabel("year") || line.isTotalLabel("level");
    }

    @Override
    public StagedLevelCount apply(LineCheck check) {
        CsvLine line = check.line();
        Integer year = line.isTotalLabel("year") ? null : year(check, "year", lastYear);
        Level level = null;
        boolean allLevels = line.isTotalLabel("level") || (year == null && line.isTotalLabel("year")
                && check.text("level").isEmpty());
        if (!allLevels) {
            String label = check.text("level");
            level = Level.ofLabel(label).orElse(null);
            if (level == null) {
                check.problem("level", label.isEmpty() ? "required" : "level", (label.isEmpty() ? "level is empty"
                        : "'" + LineProblem.shortened(label) + "' is not an education level") + "; the levels are " + Level.labels());
            }
        }
        Long count = check.requiredCount("count");
        if (check.failed()) {
            return null;
        }
        return new StagedLevelCount(year, level, count, line.line());
    }

    /** A year cell ({@code 2012} or {@code 2012년}) between 1945 and {@code lastYear}, else null and a problem. */
    static Integer year(LineCheck check, String column, int lastYear) {
        String text = check.text(column);
        Matcher m = YEAR.matcher(text);
        if (!m.matches()) {
            check.problem(column, text.isEmpty() ? "required" : "year", text.isEmpty() ? column + " is empty; "
                    + "every row needs its year" : "'" + LineProblem.shortened(text) + "' is not a year such as 2012");
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < Period.FIRST_YEAR || year > lastYear) {
            check.problem(column, "year", year + " is outside the years " + Period.FIRST_YEAR + " to " + lastYear
                    + "; check the year");
            return null;
        }
        return year;
    }
}
