package org.defstats.arrivals;

import static org.defstats.publish.Table.cell;

import java.util.List;

import org.defstats.publish.Table;
import org.defstats.stats.Period;

/** The published tables of the arrivals job, from its figures. */
final class ArrivalsTables {

    private ArrivalsTables() {
    }

    static Table yearly(List<YearlyFigure> figures) {
        return new Table("yearly.csv",
                List.of("period", "male", "female", "total", "female_share_pct", "change_persons", "change_pct",
                        "cumulative_total"),
                figures.stream().map(f -> List.of(f.period().label(), cell(f.male()), cell(f.female()),
                        cell(f.total()), cell(f.femaleSharePct()), cell(f.changePersons()), cell(f.changePct()),
                        cell(f.cumulativeTotal()))).toList());
    }

    static Table partialPeriods(List<PartialPeriodFigure> figures) {
        return new Table("partial-periods.csv",
                List.of("period", "male", "female", "total", "previous_period", "previous_total", "change_pct"),
                figures.stream().map(f -> List.of(f.period().label(), cell(f.male()), cell(f.female()),
                        cell(f.total()), label(f.previousPeriod()), cell(f.previousTotal()), cell(f.changePct())))
                        .toList());
    }

    static Table milestones(List<Milestone> milestones) {
        return new Table("milestones.csv",
                List.of("threshold", "period", "month", "cumulative_at_month_end", "cumulative_at_period_end"),
                milestones.stream().map(m -> List.of(cell(m.threshold()), label(m.period()), month(m),
                        cell(m.cumulativeAtMonthEnd()), cell(m.cumulativeAtPeriodEnd()))).toList());
    }

    private static String label(Period period) {
        return period == null ? "" : period.label();
    }

    private static String month(Milestone milestone) {
        return milestone.month() == null ? ""
                : String.format(java.util.Locale.ROOT, "%04d-%02d", milestone.period().toYear(), milestone.month());
    }
}
