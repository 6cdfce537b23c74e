package org.defstats.arrivals;

import java.util.ArrayList;
import java.util.List;

import org.defstats.csv.IngestNotes;
import org.defstats.csv.IngestResults;
import org.defstats.csv.LineProblem;
import org.defstats.publish.OutputFile;
import org.defstats.publish.RunPublisher;
import org.defstats.runs.RunParameters;
import org.defstats.runs.RunRecords;
import org.defstats.stats.Period;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of the arrivals job: refuses the inputs if their lines or rows break a rule, else computes
 * the figures from the staged rows and publishes the run.
 */
class ArrivalsPublishTasklet implements Tasklet {

    private final ArrivalsStaging staging;
    private final IngestNotes notes;
    private final RunPublisher publisher;

    ArrivalsPublishTasklet(ArrivalsStaging staging, IngestNotes notes, RunPublisher publisher) {
        this.staging = staging;
        this.notes = notes;
        this.publisher = publisher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        RunParameters parameters = RunParameters.from(step);
        IngestResults ingest = IngestResults.of(step.getJobExecution(), notes, parameters.inputFiles());
        try {
            List<StagedArrival> staged = staging.load(step.getJobExecutionId());
            List<ArrivalRow> yearlyRows = rows(staged, ArrivalsJobType.YEARLY, false);
            List<ArrivalRow> spans = rows(staged, ArrivalsJobType.PARTIAL_PERIODS, false);

            List<LineProblem> problems = new ArrayList<>(ingest.placed(ArrivalsJobType.YEARLY,
                    ArrivalsChecks.yearly(yearlyRows, rows(staged, ArrivalsJobType.YEARLY, true))));
            if (parameters.inputFiles().containsKey(ArrivalsJobType.PARTIAL_PERIODS)) {
                problems.addAll(ingest.placed(ArrivalsJobType.PARTIAL_PERIODS, ArrivalsChecks.spans(spans, yearlyRows)));
            }
            // a skipped year would silently change every cumulative total; a skipped span changes no other figure
            ingest.requireUsable(parameters.maxRejects(), java.util.Set.of(ArrivalsJobType.PARTIAL_PERIODS), problems);

            List<YearlyFigure> yearly = ArrivalsStatistics.yearly(yearlyRows);
            List<PartialPeriodFigure> partial = ArrivalsStatistics.partialPeriods(spans);
            List<Milestone> milestones = ArrivalsStatistics.milestones(yearly, spans,
                    parameters.settings(ArrivalsSettings.class).milestones());

            List<OutputFile> files = new ArrayList<>();
            files.add(OutputFile.table(ArrivalsTables.yearly(yearly)));
            files.add(OutputFile.table(ArrivalsTables.partialPeriods(partial)));
            files.add(OutputFile.table(ArrivalsTables.milestones(milestones)));
            files.addAll(OutputFile.chart("arrivals", ArrivalsChart.chart(yearly, parameters.source())));
            RunRecords.publish(publisher, step.getJobExecution(), ingest, files);
        }
        finally {
            staging.delete(step.getJobExecutionId());
            ingest.forget();
        }
        return RepeatStatus.FINISHED;
    }

    private static List<ArrivalRow> rows(List<StagedArrival> staged, String role, boolean totalRows) {
        return staged.stream().filter(s -> s.inputRole().equals(role) && s.totalRow() == totalRows)
                .map(s -> new ArrivalRow(s.periodLabel() == null ? null : Period.parse(s.periodLabel()), s.male(),
                        s.female(), s.total(), s.lineNumber()))
                .toList();
    }
}
