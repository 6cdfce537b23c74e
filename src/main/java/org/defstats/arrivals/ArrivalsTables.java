package org.defstats.arrivals;

import static org.defstats.output.Table.cell;

import java.util.List;

import org.defstats.output.Table;
import org.defstats.output.TableSpec;
import org.defstats.stats.Period;

/** The published tables of the arrivals job, from its figures. */
final class ArrivalsTables {

    private static final String PERSONS = "persons";
    private static final String PERCENT = "percent";

    /** The tables as {@code compare} and revisions know them; a milestone is identified by its threshold. */
    static final List<TableSpec> SPECS = List.of(
            new TableSpec("yearly.csv", List.of(new TableSpec.Column("period", "period"),
                    new TableSpec.Column("male", PERSONS), new TableSpec.Column("female", PERSONS),
                    new TableSpec.Column("total", PERSONS), TableSpec.Column.share("female_share_pct", PERCENT, "total"),
                    new TableSpec.Column("change_persons", PERSONS), new TableSpec.Column("change_pct", PERCENT),
                    new TableSpec.Column("cumulative_total", PERSONS)), List.of("period")),
            new TableSpec("partial-periods.csv", List.of(new TableSpec.Column("period", "period"),
                    new TableSpec.Column("male", PERSONS), new TableSpec.Column("female", PERSONS),
                    new TableSpec.Column("total", PERSONS), new TableSpec.Column("previous_period", "period"),
                    new TableSpec.Column("previous_total", PERSONS), new TableSpec.Column("change_pct", PERCENT)),
                    List.of("period")),
            new TableSpec("milestones.csv", List.of(new TableSpec.Column("threshold", PERSONS),
                    new TableSpec.Column("period", "period"), new TableSpec.Column("month", "month"),
                    new TableSpec.Column("cumulative_at_month_end", PERSONS),
                    new TableSpec.Column("cumulative_at_period_end", PERSONS)), List.of("threshold"))
                    .shapedBy("milestones"));

    private ArrivalsTables() {
    }

    static Table yearly(List<YearlyFigure> figures) {
        return new Table("yearly.csv", SPECS.get(0).columnNames(),
                figures.stream().map(f -> List.of(f.period().label(), cell(f.male()), cell(f.female()),
                        cell(f.total()), cell(f.femaleSharePct()), cell(f.changePersons()), cell(f.changePct()),
                        cell(f.cumulativeTotal()))).toList());
    }

    static Table partialPeriods(List<PartialPeriodFigure> figures) {
        // up to 484,620 spans: the rows are made as the table is written
        return Table.of("partial-periods.csv", SPECS.get(1).columnNames(), figures,
                f -> List.of(f.period().label(), cell(f.male()), cell(f.female()), cell(f.total()),
                        label(f.previousPeriod()), cell(f.previousTotal()), cell(f.changePct())));
    }

    static Table milestones(List<Milestone> milestones) {
        return new Table("milestones.csv", SPECS.get(2).columnNames(),
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
