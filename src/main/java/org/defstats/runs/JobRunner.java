package org.defstats.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.defstats.io.FolderPaths;
import org.defstats.publish.PublishedRecords;
import org.defstats.publish.RunPublisher;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Runs prepared jobs through Spring Batch, each under its lock. A job whose newest run recorded in the job
 * repository has the same fingerprint (inputs and settings), and whose {@code latest/} shows that run as published
 * (put back from its run folder when it was edited), is current and is not run again; otherwise a new instance
 * starts, or a failed one restarts. Executions that a process which ended left running are settled first ({@link DeadExecutions}),
 * and the work folders they left are deleted ({@link LeftoverWork}).
 */
public class JobRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Map<String, Job> jobsByType = new LinkedHashMap<>();
    private final JobLocks locks;
    private final DeadExecutions dead;
    private final LeftoverWork leftovers;
    private final ExecutionOutcomes outcomes;
    /** The basis of a run whose {@code latest/} shows a run the job repository has no record of. */
    static final String UNRECORDED = "unrecorded";

    private final PublishedRecords records;
    /** The jobs this process is running now, by name, so that {@link #stopRunning()} can find their executions. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /** @param cleanup what every run ends with, so that the executions of ended processes end with it too */
    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs, RunPublisher publisher,
            PublishedRecords records, JobLocks locks, JobExecutionListener cleanup) {
        this.records = records;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.locks = locks;
        this.dead = new DeadExecutions(jobOperator, jobRepository, cleanup, records);
        this.leftovers = new LeftoverWork(jobRepository);
        this.outcomes = new ExecutionOutcomes(jobRepository, publisher);
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
                // a publication that has begun completes: stopping it could only leave a stale record behind
                boolean publishing = execution.getStepExecutions().stream()
                        .anyMatch(step -> step.getStepName().endsWith(RunRecords.PUBLISH_STEP));
                if (!publishing && running.contains(execution.getJobParameters().getString(RunParameters.JOB))) {
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

    private RunOutcome runLocked(RunParameters prepared) {
        Job job = jobsByType.get(prepared.type());
        if (job == null) {
            throw new IllegalStateException("no Spring Batch job for type " + prepared.type());
        }
        dead.settle(job.getName(), prepared.job());
        leftovers.delete(prepared.outputDir(), prepared.job());
        PublishedBasis basis = PublishedBasis.of(records, prepared.outputDir(), prepared.job());
        RunParameters parameters = prepared.withBasis(basis(basis, prepared));
        List<String> notices = new ArrayList<>(basis.findings());
        basis.restoreLatest(parameters.outputDir(), parameters.job()).ifPresent(notices::add);
        Path jobFolder = parameters.outputDir().resolve(parameters.job());
        Path latest = jobFolder.resolve("latest");
        if (basis.fingerprint().filter(parameters.fingerprint()::equals).isPresent()) {
            return new RunOutcome.Current(parameters.job(), basis.runId(), latest, notices);
        }
        JobParameters jobParameters = parameters.toJobParameters();
        JobExecution last = jobRepository.getLastJobExecution(job.getName(), jobParameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            // cannot happen while the repository records every publication: the run it published would be the basis
            return new RunOutcome.Failed(parameters.job(), "run " + RunRecords.runId(last) + " of these inputs "
                    + "completed, but the job repository records another run as the newest; the repository was "
                    + "changed by hand: restore it from a backup", null);
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
        return outcomes.of(parameters, execution).withNotices(notices);
    }

    /**
     * The basis of a run, as the job parameters name it: the newest run the repository records as published; when
     * it records none, {@link RunParameters#NO_BASIS} for a job never published here, else {@link #UNRECORDED}
     * (an output folder published by a defstats that did not record its runs), so that the run is a new instance.
     */
    private static String basis(PublishedBasis basis, RunParameters prepared) {
        if (basis.record().isPresent()) {
            return basis.runId();
        }
        return prepared.basis().equals(RunParameters.NO_BASIS) ? RunParameters.NO_BASIS : UNRECORDED;
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
        if (execution == null || !(runId.equals(RunId.of(execution)) || runId.equals(RunRecords.runId(execution)))) {
            throw new IllegalArgumentException("no run " + runId + " in the job repository of " + output
                    + "; see defstats history");
        }
        RunParameters parameters = RunParameters.from(execution.getJobParameters());
        if (!FolderPaths.isInside(output, parameters.job()) || Path.of(parameters.job()).getNameCount() != 1) {
            throw new IllegalArgumentException("run " + runId + " names the job '" + parameters.job() + "', which is "
                    + "not a folder name inside " + output + "; its record cannot be trusted: run the job again");
        }
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
        RunPreparation.basis(output, parameters.job());
        PublishedBasis basis = PublishedBasis.of(records, output, parameters.job());
        String shown = basis.record().isPresent() ? basis.runId() : parameters.basis();
        if (!shown.equals(parameters.basis())) {
            throw new IllegalArgumentException("run " + shown + " of " + parameters.job() + " was published after run "
                    + runId + " started, so restarting it would publish older figures over newer ones; run the job "
                    + "again instead");
        }
        if (execution.getStatus().isRunning()) {
            dead.killed(execution);
        }
        leftovers.delete(output, parameters.job());
        JobExecution restarted;
        try {
            restarted = jobOperator.restart(execution);
        }
        catch (Exception e) {
            return new RunOutcome.Failed(parameters.job(), "could not restart " + runId + ": " + e.getMessage(), e);
        }
        return outcomes.of(parameters, restarted);
    }
}
