package org.defstats.arrivals;

import java.util.ArrayList;
import java.util.List;

import org.defstats.publish.OutputFile;
import org.defstats.publish.RunPublisher;
import org.defstats.runs.RunParameters;
import org.defstats.runs.RunRecords;
import org.defstats.stats.Period;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The last step of the arrivals job: computes the figures from the staged rows and publishes the run. */
class ArrivalsPublishTasklet implements Tasklet {

    private final ArrivalsStaging staging;
    private final RunPublisher publisher;

    ArrivalsPublishTasklet(ArrivalsStaging staging, RunPublisher publisher) {
        this.staging = staging;
        this.publisher = publisher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        RunParameters parameters = RunParameters.from(step);
        List<StagedArrival> staged = staging.load(step.getJobExecutionId());
        List<ArrivalRow> yearlyRows = rows(staged, ArrivalsJobType.YEARLY);
        List<ArrivalRow> spans = rows(staged, ArrivalsJobType.PARTIAL_PERIODS);

        List<YearlyFigure> yearly = parameters.computedFrom(ArrivalsJobType.YEARLY,
                () -> ArrivalsStatistics.yearly(yearlyRows));
        List<PartialPeriodFigure> partial = parameters.computedFrom(ArrivalsJobType.PARTIAL_PERIODS,
                () -> ArrivalsStatistics.partialPeriods(spans));
        parameters.computedFrom(ArrivalsJobType.PARTIAL_PERIODS, () -> {
            ArrivalsStatistics.checkSpansAgainstYears(yearly, spans);
            return null;
        });
        List<Milestone> milestones = ArrivalsStatistics.milestones(yearly, spans,
                parameters.settings(ArrivalsSettings.class).milestones());

        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.table(ArrivalsTables.yearly(yearly)));
        files.add(OutputFile.table(ArrivalsTables.partialPeriods(partial)));
        files.add(OutputFile.table(ArrivalsTables.milestones(milestones)));
        files.addAll(OutputFile.chart("arrivals", ArrivalsChart.chart(yearly, parameters.source())));

        staging.delete(step.getJobExecutionId());
        RunRecords.publish(publisher, step.getJobExecution(), files);
        return RepeatStatus.FINISHED;
    }

    private static List<ArrivalRow> rows(List<StagedArrival> staged, String role) {
        return staged.stream().filter(s -> s.inputRole().equals(role))
                .map(s -> new ArrivalRow(Period.parse(s.periodLabel()), s.male(), s.female(), s.total()))
                .toList();
    }
}
