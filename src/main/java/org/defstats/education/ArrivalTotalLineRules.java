package org.defstats.education;

import java.time.Year;

import org.defstats.csv.CsvLine;
import org.defstats.csv.LineRules;
import org.defstats.csv.LineCheck;
import org.defstats.stats.Period;

/**
 * The rules of one line of the arrivals export that an education job compares its yearly totals with: a
 * period and a total. The arrivals job itself checks the rest of that file.
 */
class ArrivalTotalLineRules implements LineRules<StagedLevelCount> {

    private final int lastYear;

    /**
     * @param lastYear the latest year a figure may be about, the current year
     */
    ArrivalTotalLineRules(int lastYear) {
        this.lastYear = lastYear;
    }

    ArrivalTotalLineRules() {
        this(Year.now().getValue());
    }

    @Override
    public boolean isTotalRow(CsvLine line) {
        return line.isTotalLabel("period");
    }

    @Override
    public StagedLevelCount apply(LineCheck check) {
        boolean totalRow = isTotalRow(check.line());
        Period period = null;
        if (!totalRow && check.text("period").isEmpty()) {
            check.problem("period", "required", "period is empty; every row needs its period, such as 2016");
        }
        else if (!totalRow) {
            period = check.parsed("period", "period", text -> Period.parse(text).requireYearsUpTo(lastYear));
        }
        Long total = check.requiredCount("total");
        if (check.failed()) {
            return null;
        }
        Integer year = period != null && period.kind() == Period.Kind.YEAR ? period.fromYear() : null;
        return new StagedLevelCount(year, null, total, check.line().line());
    }
}
