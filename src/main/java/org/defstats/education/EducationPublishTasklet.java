package org.defstats.education;

import java.util.ArrayList;
import java.util.List;

import org.defstats.csv.IngestNotes;
import org.defstats.csv.IngestResults;
import org.defstats.csv.LineProblem;
import org.defstats.publish.OutputFile;
import org.defstats.publish.RunPublisher;
import org.defstats.runs.RunParameters;
import org.defstats.runs.RunRecords;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of the education job: refuses the inputs if their lines or rows break a rule, else computes
 * the figures from the staged rows and publishes the run.
 */
class EducationPublishTasklet implements Tasklet {

    private final EducationStaging staging;
    private final IngestNotes notes;
    private final RunPublisher publisher;

    EducationPublishTasklet(EducationStaging staging, IngestNotes notes, RunPublisher publisher) {
        this.staging = staging;
        this.notes = notes;
        this.publisher = publisher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        RunParameters parameters = RunParameters.from(step);
        EducationSettings settings = parameters.settings(EducationSettings.class);
        IngestResults ingest = IngestResults.of(step.getJobExecution(), notes, parameters.inputFiles());
        try {
            List<StagedLevelCount> staged = staging.load(step.getJobExecutionId());
            List<LevelCount> allRows = staged.stream()
                    .filter(s -> s.inputRole().equals(EducationJobType.LEVELS) && !s.totalRow())
                    .map(s -> new LevelCount(s.arrivalYear(), Level.ofCode(s.educationLevel()).orElseThrow(),
                            s.persons(), s.lineNumber()))
                    .toList();
            List<EducationChecks.TotalRow> totalRows = staged.stream()
                    .filter(s -> s.inputRole().equals(EducationJobType.LEVELS) && s.totalRow())
                    .map(s -> new EducationChecks.TotalRow(s.arrivalYear(), s.educationLevel() == null ? null
                            : Level.ofCode(s.educationLevel()).orElseThrow(), s.persons(), s.lineNumber()))
                    .toList();
            List<LineProblem> problems = new ArrayList<>(ingest.placed(EducationJobType.LEVELS,
                    EducationChecks.levels(allRows, totalRows)));
            if (parameters.inputFiles().containsKey(EducationJobType.ARRIVALS)) {
                List<EducationChecks.ArrivalsTotal> arrivals = staged.stream()
                        .filter(s -> s.inputRole().equals(EducationJobType.ARRIVALS) && !s.totalRow()
                                && s.arrivalYear() != null)
                        .map(s -> new EducationChecks.ArrivalsTotal(s.arrivalYear(), s.persons(), s.lineNumber()))
                        .toList();
                problems.addAll(ingest.placed(EducationJobType.LEVELS,
                        EducationChecks.againstArrivals(allRows, arrivals, settings.arrivalsTolerance())));
            }
            // a skipped level row would silently change the shares of its year; a skipped arrivals row only
            // leaves its year unchecked, which education-total refuses
            ingest.requireUsable(parameters.maxRejects(), java.util.Set.of(EducationJobType.ARRIVALS), problems);

            List<LevelCount> rows = EducationStatistics.between(allRows,
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
            RunRecords.publish(publisher, step.getJobExecution(), ingest, files);
        }
        finally {
            staging.delete(step.getJobExecutionId());
            ingest.forget();
        }
        return RepeatStatus.FINISHED;
    }
}
