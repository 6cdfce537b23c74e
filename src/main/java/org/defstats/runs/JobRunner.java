package org.defstats.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.defstats.csv.CsvInputException;
import org.defstats.csv.InputRejectedException;
import org.defstats.csv.LineProblem;
import org.defstats.publish.LatestFolder;
import org.defstats.publish.LatestRun;
import org.defstats.publish.Rejects;
import org.defstats.publish.RunPublisher;
import org.defstats.jobs.JobFileException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs prepared jobs through Spring Batch. A job whose {@code latest/} shows a run of the same fingerprint (inputs
 * and settings) is current and is not run again; otherwise a new instance starts, or a failed one restarts.
 */
public class JobRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Map<String, Job> jobsByType = new LinkedHashMap<>();
    private final RunPublisher publisher;
    private final JobLocks locks;
    /** The jobs this process is running now, by name, so that {@link #stopRunning()} can find their executions. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs, RunPublisher publisher,
            JobLocks locks) {
        this.jobOperator = jobOperator;
        this.publisher = publisher;
        this.jobRepository = jobRepository;
        this.locks = locks;
        jobs.forEach(job -> jobsByType.put(job.getName(), job));
    }

    /**
     * Runs a job, holding its lock in the job repository: a job that runs elsewhere at the same moment is busy,
     * not run twice. The basis is taken again under the lock, since another process may have published meanwhile.
     */
    public RunOutcome run(RunParameters parameters) {
        Optional<JobLocks.Lock> lock = locks.tryLock(parameters.job());
        if (lock.isEmpty()) {
            return new RunOutcome.Busy(parameters.job());
        }
        try (JobLocks.Lock held = lock.get()) {
            running.add(parameters.job());
            return runLocked(parameters.withBasis(RunPreparation.basis(parameters.outputDir(), parameters.job())));
        }
        finally {
            running.remove(parameters.job());
        }
    }

    /** Whether no process runs the job now: its lock is free. */
    public boolean idle(String job) {
        Optional<JobLocks.Lock> lock = locks.tryLock(job);
        lock.ifPresent(JobLocks.Lock::close);
        return lock.isPresent();
    }

    /**
     * Asks the jobs this process is running to stop at their next chunk or step boundary (they end STOPPED and can
     * be restarted), and keeps it from starting others.
     */
    public void stopRunning() {
        stopping = true;
        try {
            stopExecutions();
        }
        catch (RuntimeException e) {
            // the job repository is closing or unreachable: the run ends as it would anyway
        }
    }

    private void stopExecutions() {
        for (String type : jobsByType.keySet()) {
            for (JobExecution execution : jobRepository.findRunningJobExecutions(type)) {
                if (running.contains(execution.getJobParameters().getString(RunParameters.JOB))) {
                    try {
                        jobOperator.stop(execution);
                    }
                    catch (Exception e) {
                        // it ended meanwhile
                    }
                }
            }
        }
    }

    private RunOutcome runLocked(RunParameters parameters) {
        Job job = jobsByType.get(parameters.type());
        if (job == null) {
            throw new IllegalStateException("no Spring Batch job for type " + parameters.type());
        }
        settleEnded(job.getName(), parameters.job());
        JobParameters jobParameters = parameters.toJobParameters();
        Path jobFolder = parameters.outputDir().resolve(parameters.job());
        Path latest = jobFolder.resolve("latest");
        Optional<LatestRun> shown = new LatestFolder(jobFolder).shown();
        if (shown.isPresent() && shown.get().fingerprint().equals(parameters.fingerprint())) {
            return new RunOutcome.Current(parameters.job(), shown.get().runId(), latest);
        }
        JobExecution last = jobRepository.getLastJobExecution(job.getName(), jobParameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            // latest/ was removed or replaced by hand since this run was published from the same basis
            Path run = jobFolder.resolve("runs").resolve(runId(last));
            if (!Files.isDirectory(run)) {
                return new RunOutcome.Failed(parameters.job(), "run " + runId(last) + " of these inputs was "
                        + "published, but its folder " + run + " is gone; restore it from a backup", null);
            }
            new LatestFolder(jobFolder).restore(run, runId(last));
            return new RunOutcome.Current(parameters.job(), runId(last), latest);
        }
        if (stopping) {
            return new RunOutcome.Failed(parameters.job(), "not started: defstats is stopping", null);
        }
        JobExecution execution;
        try {
            execution = jobOperator.start(job, jobParameters);
        }
        catch (Exception e) {
            return new RunOutcome.Failed(parameters.job(), "could not start: " + e.getMessage(), e);
        }
        return outcome(parameters, execution);
    }

    /**
     * Restarts the failed, stopped or killed execution of a run through Spring Batch, holding the job's lock: the
     * steps run again from the archived inputs the run recorded, and a new run is published when it completes.
     *
     * @param output the output folder this process uses, which must be the one the run was made in
     * @throws IllegalArgumentException when the run cannot be restarted: unknown, completed, made in another
     *                                  output folder, or overtaken by a run published since
     */
    public RunOutcome restart(String runId, Path output) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(RunId.executionId(runId));
        }
        catch (RuntimeException e) {
            execution = null;
        }
        if (execution == null || !(runId.equals(RunId.of(execution)) || runId.equals(runId(execution)))) {
            throw new IllegalArgumentException("no run " + runId + " in the job repository of " + output
                    + "; see defstats history");
        }
        RunParameters parameters = RunParameters.from(execution.getJobParameters());
        Optional<JobLocks.Lock> lock = locks.tryLock(parameters.job());
        if (lock.isEmpty()) {
            return new RunOutcome.Busy(parameters.job());
        }
        try (JobLocks.Lock held = lock.get()) {
            running.add(parameters.job());
            return restartLocked(runId, output, parameters, jobRepository.getJobExecution(execution.getId()));
        }
        finally {
            running.remove(parameters.job());
        }
    }

    private RunOutcome restartLocked(String runId, Path output, RunParameters parameters, JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new IllegalArgumentException("run " + runId + " completed; there is nothing to restart");
        }
        if (!parameters.outputDir().normalize().equals(output.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("run " + runId + " was made in the output folder "
                    + parameters.outputDir() + "; restart it there, or run the job again here");
        }
        String shown = RunPreparation.basis(output, parameters.job());
        if (!shown.equals(parameters.basis())) {
            throw new IllegalArgumentException("run " + shown + " of " + parameters.job() + " was published after run "
                    + runId + " started, so restarting it would publish older figures over newer ones; run the job "
                    + "again instead");
        }
        if (execution.getStatus().isRunning()) {
            markKilled(execution);
        }
        JobExecution restarted;
        try {
            restarted = jobOperator.restart(execution);
        }
        catch (Exception e) {
            return new RunOutcome.Failed(parameters.job(), "could not restart " + runId + ": " + e.getMessage(), e);
        }
        return outcome(parameters, restarted);
    }

    private RunOutcome outcome(RunParameters parameters, JobExecution execution) {
        Path latest = parameters.outputDir().resolve(parameters.job()).resolve("latest");
        if (execution.getStatus() == BatchStatus.STOPPED) {
            if (!Files.isDirectory(parameters.outputDir().resolve(parameters.job()).resolve("runs")
                    .resolve(runId(execution)))) {
                return new RunOutcome.Stopped(parameters.job(), RunId.of(execution));
            }
            // the stop request came while the publish step ran; Spring Batch noticed it only after the step had
            // published, so the run is complete
            execution.setStatus(BatchStatus.COMPLETED);
            execution.setExitStatus(ExitStatus.COMPLETED.addExitDescription("published before the stop took effect"));
            jobRepository.update(execution);
            jobRepository.updateExecutionContext(execution);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return failed(parameters, execution);
        }
        var context = execution.getExecutionContext();
        String warnings = context.getString(RunRecords.WARNINGS_KEY, "");
        return new RunOutcome.Published(parameters.job(), runId(execution), latest,
                context.getString(RunRecords.SUMMARY_KEY, ""),
                warnings.isEmpty() ? List.of() : List.of(warnings.split("\n")),
                context.getInt(RunRecords.REVISIONS_KEY, 0), files(latest));
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

    /**
     * Settles the executions of a job still marked as running: called under the job's lock, so the processes that
     * ran them are gone. One whose run folder was published is marked completed (its process ended after
     * publishing), any other failed, so that running again restarts it.
     */
    private void settleEnded(String type, String job) {
        for (JobExecution execution : jobRepository.findRunningJobExecutions(type)) {
            if (!job.equals(execution.getJobParameters().getString(RunParameters.JOB))) {
                continue;
            }
            Path published = RunParameters.from(execution.getJobParameters()).outputDir().resolve(job).resolve("runs")
                    .resolve(runId(execution));
            if (Files.isDirectory(published)) {
                markEnded(execution, ExitStatus.COMPLETED, "published before the process running it ended");
            }
            else {
                markKilled(execution);
            }
        }
    }

    /** Marks an execution of a killed process as failed, so that running again restarts it. */
    private void markKilled(JobExecution execution) {
        markEnded(execution, ExitStatus.FAILED, "the process running it was killed");
    }

    private void markEnded(JobExecution execution, ExitStatus exit, String why) {
        BatchStatus status = exit == ExitStatus.COMPLETED ? BatchStatus.COMPLETED : BatchStatus.FAILED;
        // the last time the ended process wrote, rather than now, so that history shows how long it ran
        LocalDateTime now = execution.getLastUpdated() != null ? execution.getLastUpdated() : LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(status);
                step.setExitStatus(exit.addExitDescription(why));
                step.setEndTime(now);
                jobRepository.update(step);
            }
        }
        execution.setStatus(status);
        execution.setExitStatus(exit.addExitDescription(why));
        execution.setEndTime(now);
        jobRepository.update(execution);
    }

    private static String runId(JobExecution execution) {
        return execution.getExecutionContext().containsKey(RunRecords.RUN_ID_KEY)
                ? execution.getExecutionContext().getString(RunRecords.RUN_ID_KEY)
                : RunId.of(execution);
    }

    /** The message a person needs: the first problem of ours in the chain, else the root cause. */
    static String explain(Throwable failure, JobExecution execution) {
        if (failure == null) {
            return "ended " + execution.getStatus() + " (" + execution.getExitStatus().getExitDescription() + ")";
        }
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InputRejectedException || t instanceof CsvInputException || t instanceof JobFileException
                    || t instanceof IllegalArgumentException || t instanceof UncheckedIOException) {
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
