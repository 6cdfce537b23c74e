package org.defstats.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.defstats.audit.RunFolderCheck;
import org.defstats.io.Sha256;
import org.defstats.publish.Manifest;
import org.defstats.publish.PublishedRecord;
import org.defstats.publish.PublishedRecords;
import org.defstats.publish.RunManifest;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Settles the executions that a process which ended (killed, or its machine lost) left marked as running. Called
 * under the job's lock, so nobody runs them: one whose run folder was published is marked completed (its process
 * ended after publishing), any other is recovered as failed, so that running again restarts it. Either way what it
 * left behind (staged rows, ingest notes) is deleted by the cleanup every run ends with, and it ends at the last
 * time its process wrote, so that history shows how long it ran.
 */
final class DeadExecutions {

    private static final String KILLED = "the process running it was killed";
    private static final String PUBLISHED = "published before the process running it ended";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final JobExecutionListener cleanup;
    private final PublishedRecords records;

    DeadExecutions(JobOperator jobOperator, JobRepository jobRepository, JobExecutionListener cleanup,
            PublishedRecords records) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.cleanup = cleanup;
        this.records = records;
    }

    /** Settles the executions of the job {@code job}, of the Spring Batch job {@code type}, still marked as running. */
    void settle(String type, String job) {
        for (JobExecution execution : jobRepository.findRunningJobExecutions(type)) {
            if (!job.equals(execution.getJobParameters().getString(RunParameters.JOB))) {
                continue;
            }
            Path published = RunParameters.from(execution.getJobParameters()).outputDir().resolve(job).resolve("runs")
                    .resolve(RunRecords.runId(execution));
            if (Files.isDirectory(published) && recorded(execution, job, published)) {
                published(execution, published);
            }
            else {
                killed(execution);
            }
        }
    }

    /**
     * Whether the run an ended process published is recorded: its publish step's transaction, which records it,
     * may have died with the process after the run folder was moved into place. The folder is then recorded as its
     * manifest lists it, provided every file matches the manifest and the manifest names this execution; else the
     * execution counts as killed, and its folder as not published.
     */
    private boolean recorded(JobExecution execution, String job, Path folder) {
        String runId = RunRecords.runId(execution);
        if (records.find(runId).isPresent()) {
            return true;
        }
        try {
            RunManifest manifest = Manifest.readIn(folder);
            if (manifest.run().jobExecutionId() != execution.getId() || !manifest.run().runId().equals(runId)
                    || !RunFolderCheck.check(folder).isEmpty()) {
                return false;
            }
            records.record(RunParameters.from(execution.getJobParameters()).outputDir(), new PublishedRecord(runId,
                    job, execution.getId(), Sha256.of(folder.resolve(Manifest.FILE)), manifest.listedFiles()));
            return true;
        }
        catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Marks the execution of a killed process as failed through Spring Batch's recovery, so that it can restart. */
    void killed(JobExecution execution) {
        LastWrites writes = LastWrites.of(execution);
        jobOperator.recover(execution);
        // recover() ends the execution and its steps now and leaves their exit status; put the end back to the
        // last time the killed process wrote, and say why it ended
        end(execution, writes, ExitStatus.FAILED.addExitDescription(KILLED));
        cleanup.afterJob(execution);
    }

    /** Marks the execution of a process that ended after publishing as completed, which recover() cannot. */
    private void published(JobExecution execution, Path folder) {
        LastWrites writes = LastWrites.of(execution);
        describe(execution, folder);
        execution.getStepExecutions().stream().filter(s -> s.getStatus().isRunning())
                .forEach(s -> s.setStatus(BatchStatus.COMPLETED));
        execution.setStatus(BatchStatus.COMPLETED);
        end(execution, writes, ExitStatus.COMPLETED.addExitDescription(PUBLISHED));
        cleanup.afterJob(execution);
    }

    /**
     * Puts into the execution context what the ended process had not saved of its published run (the process is
     * killed after the run folder moved into place, before the job's context was written): its run id, rows read,
     * revisions and revised tables, warnings, read from its manifest, so that history shows the run as published.
     */
    private void describe(JobExecution execution, Path folder) {
        var context = execution.getExecutionContext();
        if (context.containsKey(RunRecords.SUMMARY_KEY)) {
            return;
        }
        try {
            RunManifest manifest = Manifest.readIn(folder);
            context.putString(RunRecords.RUN_ID_KEY, manifest.run().runId());
            context.putInt(RunRecords.REVISIONS_KEY, (int) manifest.run().revisions().count());
            java.util.SortedSet<String> tables = new java.util.TreeSet<>();
            if (manifest.run().revisions().file().isPresent()) {
                Files.readAllLines(org.defstats.io.FolderPaths.inside(folder, manifest.run().revisions().file().get()))
                        .stream().skip(1).filter(line -> !line.isEmpty()).forEach(line -> tables.add(line.split(",")[0]));
            }
            context.putString(RunRecords.REVISED_TABLES_KEY, String.join(",", tables));
            context.putString(RunRecords.SUMMARY_KEY, RunRecords.summary(manifest.content().inputs().stream()
                    .map(i -> new org.defstats.csv.InputReport(i.role(), i.name(), i.encoding(), i.rows(),
                            i.skipped().totalRows(), i.skipped().footnotes(), i.skipped().emptyLines(),
                            i.skipped().emptyColumns(), i.skipped().rejectedLines(), List.of(), Map.of()))
                    .toList()));
            context.putString(RunRecords.WARNINGS_KEY, String.join("\n", manifest.content().inputs().stream()
                    .flatMap(i -> i.warnings().stream()).toList()));
            jobRepository.updateExecutionContext(execution);
        }
        catch (IOException | RuntimeException e) {
            // history then shows the run without what it read; it is published and recorded all the same
        }
    }

    /** Records the execution and its steps that were running as ended at their last writes, with {@code exit}. */
    private void end(JobExecution execution, LastWrites writes, ExitStatus exit) {
        for (StepExecution step : execution.getStepExecutions()) {
            LocalDateTime lastWrite = writes.steps().get(step.getId());
            if (lastWrite != null) {
                step.setExitStatus(exit);
                step.setEndTime(lastWrite);
                jobRepository.update(step);
            }
        }
        execution.setExitStatus(exit);
        execution.setEndTime(writes.job());
        jobRepository.update(execution);
    }

    /** When the ended process last wrote an execution and each of its running steps, read before they are settled. */
    private record LastWrites(LocalDateTime job, Map<Long, LocalDateTime> steps) {

        static LastWrites of(JobExecution execution) {
            Map<Long, LocalDateTime> steps = new HashMap<>();
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    steps.put(step.getId(), lastUpdated(step.getLastUpdated()));
                }
            }
            return new LastWrites(lastUpdated(execution.getLastUpdated()), steps);
        }

        private static LocalDateTime lastUpdated(LocalDateTime lastUpdated) {
            return lastUpdated != null ? lastUpdated : LocalDateTime.now();
        }
    }
}
