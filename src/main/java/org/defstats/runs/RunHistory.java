package org.defstats.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/** The runs the job repository knows, newest first, as {@code defstats history} lists them. */
public class RunHistory {

    private final JobRepository jobRepository;

    public RunHistory(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /**
     * One run.
     *
     * @param fingerprint the first 12 hex digits of the input fingerprint
     * @param read        what was read of each input, empty when the run did not get that far
     * @param revisedTables the tables with revised figures, comma-separated, empty when none
     * @param folder      the run folder (published, or failed with its rejects), null when there is none
     */
    public record Entry(String runId, long executionId, String job, String status, LocalDateTime start,
            Duration duration, String fingerprint, String read, int revisions, String revisedTables, Path folder) {
    }

    /**
     * The runs of the job named {@code job}, or of every job when it is null, newest first, with their folders in
     * {@code output}.
     */
    public List<Entry> entries(String job, Path output) {
        List<Entry> entries = new ArrayList<>();
        for (String type : jobRepository.getJobNames()) {
            for (JobInstance instance : jobRepository.findJobInstances(type)) {
                for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                    RunParameters parameters = RunParameters.from(execution.getJobParameters());
                    if (job == null || job.equals(parameters.job())) {
                        entries.add(entry(execution, parameters, output));
                    }
                }
            }
        }
        entries.sort(Comparator.comparingLong(Entry::executionId).reversed());
        return entries;
    }

    private static Entry entry(JobExecution execution, RunParameters parameters, Path output) {
        var context = execution.getExecutionContext();
        String runId = RunRecords.runId(execution);
        LocalDateTime start = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        Duration duration = execution.getEndTime() == null || start == null ? null
                : Duration.between(start, execution.getEndTime());
        Path jobFolder = output.resolve(parameters.job());
        Path folder = null;
        for (String kind : List.of("runs", "failed")) {
            if (Files.isDirectory(jobFolder.resolve(kind).resolve(runId))) {
                folder = jobFolder.resolve(kind).resolve(runId);
            }
        }
        return new Entry(runId, execution.getId(), parameters.job(), execution.getStatus().name(), start, duration,
                parameters.fingerprint().substring(0, 12), context.getString(RunRecords.SUMMARY_KEY, ""),
                context.getInt(RunRecords.REVISIONS_KEY, 0), context.getString(RunRecords.REVISED_TABLES_KEY, ""),
                folder);
    }
}
