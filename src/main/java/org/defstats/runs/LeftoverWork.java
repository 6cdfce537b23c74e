package org.defstats.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.defstats.publish.RunPublisher;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.util.FileSystemUtils;

/**
 * Deletes the work folders that ended executions of a job left in {@code .defstats/work/} when their process was
 * killed while publishing: {@code JOB-RUN_ID} (a run being published), {@code JOB-failed-RUN_ID} (its rejects), and
 * {@code JOB-latest-RUN_ID} and {@code JOB-previous-latest-RUN_ID} (the new and the old {@code latest/} while it was
 * replaced; a {@code latest/} missing then was put back from the old one when the run was prepared).
 * A folder counts as the job's only when the job repository says the execution its run id ends with is one of the
 * job's and has ended, since a name alone is ambiguous ({@code a-failed-RUN_ID} may be job {@code a-failed}'s).
 * Only the holder of the job's lock may call it, after the job's dead executions are settled.
 */
final class LeftoverWork {

    private static final Pattern RUN_ID = Pattern.compile("[0-9]{8}T[0-9]{6}Z-([0-9]{1,18})");

    private final JobRepository jobRepository;

    LeftoverWork(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** Deletes the leftover work folders of {@code job} in the output folder {@code output}. */
    void delete(Path output, String job) {
        Path work = output.resolve(RunPublisher.WORK_FOLDER);
        if (!Files.isDirectory(work)) {
            return;
        }
        Pattern name = Pattern.compile(
                Pattern.quote(job) + "-(?:failed-|latest-|previous-latest-)?(" + RUN_ID.pattern() + ")");
        try (Stream<Path> folders = Files.list(work)) {
            for (Path folder : folders.toList()) {
                Matcher m = name.matcher(folder.getFileName().toString());
                if (m.matches() && endedExecutionOf(job, Long.parseLong(m.group(2)))) {
                    FileSystemUtils.deleteRecursively(folder);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot delete the work folders that earlier runs of " + job + " left in "
                    + work + ": " + e.getMessage(), e);
        }
    }

    private boolean endedExecutionOf(String job, long executionId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        }
        catch (RuntimeException e) {
            return false;
        }
        return execution != null && job.equals(execution.getJobParameters().getString(RunParameters.JOB))
                && !execution.getStatus().isRunning();
    }
}
