package org.defstats.education;

import java.util.ArrayList;
import java.util.List;

import org.defstats.publish.OutputFile;
import org.defstats.publish.RunPublisher;
import org.defstats.runs.RunParameters;
import org.defstats.runs.RunRecords;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The last step of the education job: computes the figures from the staged rows and publishes the run. */
class EducationPublishTasklet implements Tasklet {

    private final EducationStaging staging;
    private final RunPublisher publisher;

    EducationPublishTasklet(EducationStaging staging, RunPublisher publisher) {
        this.staging = staging;
        this.publisher = publisher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        RunParameters parameters = RunParameters.from(step);
        EducationSettings settings = parameters.settings(EducationSettings.class);
        List<LevelCount> rows = EducationStatistics.between(
                staging.load(step.getJobExecutionId()).stream()
                        .map(s -> new LevelCount(s.arrivalYear(), Level.ofCode(s.educationLevel()).orElseThrow(), s.persons()))
                        .toList(),
                settings.fromYear() == null ? Integer.MIN_VALUE : settings.fromYear(),
                settings.toYear() == null ? Integer.MAX_VALUE : settings.toYear());
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(parameters.input(EducationJobType.LEVELS).name()
                    + ": has no rows in the years the job file asks for; check from-year and to-year");
        }

        List<LevelShare> shares = parameters.computedFrom(EducationJobType.LEVELS,
                () -> EducationStatistics.levelShares(rows));
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.table(EducationTables.levels(shares)));
        files.addAll(OutputFile.chart("levels", EducationCharts.levelSharesChart(shares, parameters.source())));
        for (LevelGroup group : settings.groups()) {
            List<GroupFigure> figures = EducationStatistics.group(rows, group);
            files.add(OutputFile.table(EducationTables.group(group, figures)));
            files.addAll(OutputFile.chart(group.name(),
                    EducationCharts.groupShareChart(figures, group, parameters.source())));
        }

        staging.delete(step.getJobExecutionId());
        RunRecords.publish(publisher, step.getJobExecution(), files);
        return RepeatStatus.FINISHED;
    }
}
