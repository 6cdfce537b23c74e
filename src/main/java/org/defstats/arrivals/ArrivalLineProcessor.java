package org.defstats.arrivals;

import org.defstats.csv.CsvLine;
import org.defstats.stats.Period;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks one line of an arrivals export and turns it into a staged row. */
class ArrivalLineProcessor implements ItemProcessor<CsvLine, StagedArrival> {

    static final java.util.List<String> COLUMNS = java.util.List.of("period", "male", "female", "total");

    private final long jobExecutionId;
    private final String role;

    ArrivalLineProcessor(long jobExecutionId, String role) {
        this.jobExecutionId = jobExecutionId;
        this.role = role;
    }

    @Override
    public StagedArrival process(CsvLine line) {
        Period period = line.parsed("period", "period", Period::parse);
        if (role.equals(ArrivalsJobType.YEARLY) && !period.isWholeYears()) {
            throw line.problem("period", "whole-years", "the yearly input holds whole years; "
                    + period.label() + " is a span of months and belongs in the partial-periods input");
        }
        if (role.equals(ArrivalsJobType.PARTIAL_PERIODS) && period.isWholeYears()) {
            throw line.problem("period", "months", "the partial-periods input holds spans of months such as "
                    + "2016-01~2016-09; " + period.label() + " is a whole-year period and belongs in the yearly input");
        }
        Long male = line.count("male");
        Long female = line.count("female");
        long total = line.requiredCount("total");
        if (male != null && female != null && male + female != total) {
            throw line.problem("total", "sum", "male " + male + " + female " + female + " = " + (male + female)
                    + ", but total is " + total + "; correct whichever figure is wrong");
        }
        for (String column : java.util.List.of("male", "female")) {
            Long part = column.equals("male") ? male : female;
            if (part != null && part > total) {
                throw line.problem(column, "sum", column + " " + part + " is more than the total " + total
                        + "; correct whichever figure is wrong");
            }
        }
        return new StagedArrival(jobExecutionId, role, line.line(), period.label(), male, female, total);
    }
}
