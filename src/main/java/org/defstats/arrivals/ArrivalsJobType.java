package org.defstats.arrivals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.defstats.jobs.InputRole;
import org.defstats.jobs.JobFileSection;
import org.defstats.jobs.JobType;
import org.defstats.jobs.PublishContext;
import org.defstats.jobs.Publication;
import org.defstats.jobs.RoleProblem;
import org.defstats.jobs.StagedRows;
import org.defstats.output.OutputFile;
import org.defstats.output.TableSpec;
import org.defstats.text.Messages;

/**
 * The {@code arrivals} job type: arrivals per year and by sex ({@code yearly}) and, optionally, year-to-date
 * and quarterly figures ({@code partial-periods}); its one setting is {@code milestones}.
 */
public final class ArrivalsJobType implements JobType {

    static final String NAME = "arrivals";
    static final String YEARLY = "yearly";
    static final String PARTIAL_PERIODS = "partial-periods";
    private static final List<Long> DEFAULT_MILESTONES = List.of(10_000L, 20_000L, 30_000L);

    /** A skipped year would silently change every cumulative total; a skipped span changes no other figure. */
    static final InputRole<ArrivalRow> YEARLY_INPUT = new InputRole<>(YEARLY, ArrivalLineRules.COLUMNS, false,
            false, ArrivalRow.class, () -> new ArrivalLineRules(YEARLY));
    static final InputRole<ArrivalRow> PARTIAL_PERIODS_INPUT = new InputRole<>(PARTIAL_PERIODS,
            ArrivalLineRules.COLUMNS, true, true, ArrivalRow.class, () -> new ArrivalLineRules(PARTIAL_PERIODS));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<InputRole<?>> inputs() {
        return List.of(YEARLY_INPUT, PARTIAL_PERIODS_INPUT);
    }

    @Override
    public Set<String> settingKeys() {
        return Set.of("milestones");
    }

    @Override
    public ArrivalsSettings readSettings(JobFileSection section) {
        List<Long> milestones = section.wholeNumbers("milestones", DEFAULT_MILESTONES);
        Set<Long> seen = new HashSet<>();
        for (Long milestone : milestones) {
            if (milestone <= 0) {
                throw section.error("milestones", "must be numbers of persons above 0, not " + milestone);
            }
            if (!seen.add(milestone)) {
                throw section.error("milestones", "has " + milestone + " twice");
            }
        }
        return new ArrivalsSettings(milestones);
    }

    @Override
    public Class<ArrivalsSettings> settingsType() {
        return ArrivalsSettings.class;
    }

    @Override
    public List<TableSpec> tables() {
        return ArrivalsTables.SPECS;
    }

    @Override
    public Set<String> rulesNeedingEveryRow() {
        return Set.of("gap", "no-data", "total-row", "quarters");
    }

    @Override
    public List<RoleProblem> checkRows(StagedRows rows, Record settings) {
        List<ArrivalRow> yearly = rows.rows(YEARLY_INPUT);
        List<RoleProblem> problems = new ArrayList<>(ArrivalsChecks.yearly(yearly, rows.totalRows(YEARLY_INPUT))
                .stream().map(p -> new RoleProblem(YEARLY, p)).toList());
        if (rows.given(PARTIAL_PERIODS_INPUT)) {
            ArrivalsChecks.spans(rows.rows(PARTIAL_PERIODS_INPUT), yearly)
                    .forEach(p -> problems.add(new RoleProblem(PARTIAL_PERIODS, p)));
        }
        return problems;
    }

    @Override
    public Publication publish(StagedRows rows, Record settings, PublishContext context) {
        List<ArrivalRow> spans = rows.rows(PARTIAL_PERIODS_INPUT);
        List<YearlyFigure> yearly = ArrivalsStatistics.yearly(rows.rows(YEARLY_INPUT));
        List<PartialPeriodFigure> partial = ArrivalsStatistics.partialPeriods(spans);
        List<Milestone> milestones = ArrivalsStatistics.milestones(yearly, spans,
                ((ArrivalsSettings) settings).milestones());
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.table(ArrivalsTables.yearly(yearly)));
        files.add(OutputFile.table(ArrivalsTables.partialPeriods(partial)));
        files.add(OutputFile.table(ArrivalsTables.milestones(milestones)));
        files.addAll(OutputFile.charts("arrivals", context.languages(), language -> ArrivalsChart.chart(yearly,
                context.source(), Messages.of(ArrivalsJobType.class, language))));
        return new Publication(files);
    }
}
