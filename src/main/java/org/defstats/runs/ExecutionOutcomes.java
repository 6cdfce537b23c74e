package org.defstats.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.defstats.csv.CsvInputException;
import org.defstats.csv.InputRejectedException;
import org.defstats.csv.LineProblem;
import org.defstats.jobs.JobFileException;
import org.defstats.publish.Rejects;
import org.defstats.publish.RunPublisher;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Says how a job execution that Spring Batch ran ended, as a {@link RunOutcome}: published with what it read, stopped,
 * or failed with the message a person needs, writing the rejects of refused inputs into {@code JOB/failed/RUN_ID}.
 */
final class ExecutionOutcomes {

    private final JobRepository jobRepository;
    private final RunPublisher publisher;

    ExecutionOutcomes(JobRepository jobRepository, RunPublisher publisher) {
        this.jobRepository = jobRepository;
        this.publisher = publisher;
    }

    RunOutcome of(RunParameters parameters, JobExecution execution) {
        Path latest = parameters.outputDir().resolve(parameters.job()).resolve("latest");
        if (execution.getStatus() != BatchStatus.COMPLETED || stoppedInRepository(execution)) {
            // published means this execution recorded the run it published (a folder of the same name may have been
            // copied from another output folder) and that folder is in place
            boolean published = execution.getExecutionContext().containsKey(RunRecords.RUN_ID_KEY)
                    && Files.isDirectory(parameters.outputDir().resolve(parameters.job()).resolve("runs")
                            .resolve(execution.getExecutionContext().getString(RunRecords.RUN_ID_KEY)));
            if (!published) {
                if (execution.getStatus() == BatchStatus.STOPPED) {
                    return new RunOutcome.Stopped(parameters.job(), RunId.of(execution));
                }
            }
            else {
                // the stop request came while the publish step ran: Spring Batch noticed it only after the step had
                // published (or wrote its stale copy of the execution after the job had ended), so the run is
                // complete, whatever the stop made of its record
                execution = completed(execution);
            }
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return failed(parameters, execution);
        }
        var context = execution.getExecutionContext();
        String warnings = context.getString(RunRecords.WARNINGS_KEY, "");
        String tables = context.getString(RunRecords.REVISED_TABLES_KEY, "");
        return new RunOutcome.Published(parameters.job(), RunRecords.runId(execution), latest,
                context.getString(RunRecords.SUMMARY_KEY, ""),
                warnings.isEmpty() ? List.of() : List.of(warnings.split("\n")),
                context.getInt(RunRecords.REVISIONS_KEY, 0), tables.isEmpty() ? List.of() : List.of(tables.split(",")),
                files(latest), List.of());
    }

    /** Whether the job repository says otherwise than COMPLETED of an execution that ended COMPLETED here. */
    private boolean stoppedInRepository(JobExecution execution) {
        JobExecution stored = jobRepository.getJobExecution(execution.getId());
        return stored != null && stored.getStatus() != BatchStatus.COMPLETED;
    }

    /** Records as COMPLETED an execution whose run was published, on the repository's latest copy of it. */
    private JobExecution completed(JobExecution execution) {
        JobExecution stored = jobRepository.getJobExecution(execution.getId());
        JobExecution record = stored != null ? stored : execution;
        execution.getExecutionContext().entrySet().forEach(e -> record.getExecutionContext().put(e.getKey(),
                e.getValue()));
        record.setStatus(BatchStatus.COMPLETED);
        record.setExitStatus(ExitStatus.COMPLETED.addExitDescription("published before the stop took effect"));
        if (record.getEndTime() == null) {
            record.setEndTime(java.time.LocalDateTime.now());
        }
        jobRepository.update(record);
        jobRepository.updateExecutionContext(record);
        return record;
    }

    /** A failed run; the problems of refused inputs are listed in JOB/failed/RUN_ID/rejects.csv. */
    private RunOutcome failed(RunParameters parameters, JobExecution execution) {
        Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        List<LineProblem> problems = List.of();
        long count = 0;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InputRejectedException rejected) {
                problems = rejected.problems();
                count = rejected.total();
                break;
            }
            if (t instanceof CsvInputException single) {
                problems = List.of(single.problem());
                count = 1;
                break;
            }
        }
        if (problems.isEmpty()) {
            return new RunOutcome.Failed(parameters.job(), RunId.of(execution), explain(failure, execution), List.of(),
                    0, null, failure);
        }
        Path rejects = publisher.publishFailure(parameters.outputDir(), parameters.job(), RunId.of(execution), problems)
                .resolve(Rejects.FILE);
        return new RunOutcome.Failed(parameters.job(), RunId.of(execution), explain(failure, execution), problems,
                count, rejects, failure);
    }

    /** The message a person needs: the first problem of ours in the chain, else the root cause. */
    static String explain(Throwable failure, JobExecution execution) {
        if (failure == null) {
            return "ended " + execution.getStatus() + " (" + execution.getExitStatus().getExitDescription() + ")";
        }
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InputRejectedException || t instanceof CsvInputException || t instanceof JobFileException
                    || t instanceof IllegalArgumentException || t instanceof UncheckedIOException
                    || t instanceof PublicationRefusedException) {
                return t.getMessage();
            }
            root = t;
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static List<String> files(Path latest) {
        try (Stream<Path> paths = Files.walk(latest)) {
            return paths.filter(Files::isRegularFile).map(p -> latest.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        catch (IOException e) {
            return List.of();
        }
    }
}
