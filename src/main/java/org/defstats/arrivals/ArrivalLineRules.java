package org.defstats.arrivals;

import java.time.Year;
import java.util.List;

import org.defstats.csv.Column;
import org.defstats.csv.CsvLine;
import org.defstats.csv.LineRules;
import org.defstats.csv.LineCheck;
import org.defstats.stats.Period;

/** The rules of one line of an arrivals export, and the row it stages. */
public final class ArrivalLineRules implements LineRules<ArrivalRow> {

    public static final List<Column> COLUMNS = ArrivalColumns.ALL;

    private final String role;
    private final int lastYear;

    /**
     * @param lastYear the latest year a figure may be about, the current year
     */
    ArrivalLineRules(String role, int lastYear) {
        this.role = role;
        this.lastYear = lastYear;
    }

    ArrivalLineRules(String role) {
        this(role, Year.now().getValue());
    }

    /** The rules of the yearly arrivals export, for other job types that read it. */
    public static ArrivalLineRules yearly() {
        return new ArrivalLineRules(ArrivalsJobType.YEARLY);
    }

    @Override
    public boolean isTotalRow(CsvLine line) {
        return line.isTotalLabel("period");
    }

    @Override
    public ArrivalRow apply(LineCheck check) {
        boolean totalRow = isTotalRow(check.line());
        Period period = totalRow ? null : period(check);
        if (totalRow && role.equals(ArrivalsJobType.PARTIAL_PERIODS)) {
            check.problem("period", "total-row", "the partial-periods input cannot have a total row: its spans "
                    + "overlap, so their sum means nothing; delete the line");
        }
        Long male = check.count("male");
        Long female = check.count("female");
        Long total = check.requiredCount("total");
        if (check.failed()) {
            return null;
        }
        if (male != null && female != null && male + female != total) {
            check.problem("total", "sum", "male " + male + " + female " + female + " = " + (male + female)
                    + ", but total is " + total + "; correct whichever figure is wrong");
        }
        else {
            for (String column : List.of("male", "female")) {
                Long part = column.equals("male") ? male : female;
                if (part != null && part > total) {
                    check.problem(column, "sum", column + " " + part + " is more than the total " + total
                            + "; correct whichever figure is wrong");
                }
            }
        }
        if (check.failed()) {
            return null;
        }
        return new ArrivalRow(period, male, female, total, check.line().line());
    }

    private Period period(LineCheck check) {
        if (check.text("period").isEmpty()) {
            check.problem("period", "required", "period is empty; every row needs its period, such as 2016");
            return null;
        }
        Period period = check.parsed("period", "period", text -> Period.parse(text).requireYearsUpTo(lastYear));
        if (period == null) {
            return null;
        }
        if (role.equals(ArrivalsJobType.YEARLY) && !period.isWholeYears()) {
            check.problem("period", "whole-years", "the yearly input holds whole years; " + period.label()
                    + " is a span of months and belongs in the partial-periods input");
        }
        if (role.equals(ArrivalsJobType.PARTIAL_PERIODS) && period.isWholeYears()) {
            check.problem("period", "months", "the partial-periods input holds spans of months such as "
                    + "2016-01~2016-09; " + period.label() + " is a whole-year period and belongs in the yearly input");
        }
        return period;
    }
}
