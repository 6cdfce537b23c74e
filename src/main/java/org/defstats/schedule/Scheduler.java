package org.defstats.schedule;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileException;
import org.defstats.jobs.JobFileReader;
import org.defstats.runs.RunOutcome;

/**
 * The long-running scheduler: runs each job of a jobs/ folder at the fire times of its cron, one job at a time,
 * and picks up job files that are added, changed or removed while it runs ({@link JobPlans}). Several schedulers
 * may share one job repository: each occurrence is claimed in the database ({@link Occurrences}), so it runs once,
 * and a run holds its job's lock, so a job never runs twice at once ({@link OccurrenceRunner}). All waiting goes
 * through a {@link SchedulerClock}.
 */
public final class Scheduler {

    /** How the scheduler runs a job; the command line runs it through Spring Batch, tests may pretend. */
    public interface Runs {

        RunOutcome run(JobDefinition job);

        /** Whether no process runs the job now: nobody holds its lock in the job repository. */
        boolean idle(String job);

        /** Stops what {@link #run} is running, so that it ends soon, restartable and with nothing published. */
        void stop();
    }

    private final Runs runs;
    private final SchedulerClock clock;
    private final Duration rescan;
    private final ScheduleLog log;
    private final StatusRecorder status;
    private final JobPlans plans;
    private final OccurrenceRunner occurrences;
    private volatile boolean stopping;

    /**
     * @param rescan  how often the jobs folder is read again for added, changed and removed job files
     * @param process how this process is named in the job repository and in status.json, {@code pid@host}
     */
    public Scheduler(Path jobsFolder, Path output, JobFileReader reader, Runs runs, Occurrences occurrences,
            SchedulerClock clock, Duration rescan, String process, PrintStream out, PrintStream err) {
        this.runs = runs;
        this.clock = clock;
        this.rescan = rescan;
        this.log = new ScheduleLog(clock, out, err);
        this.status = new StatusRecorder(output, occurrences, clock, process, log);
        this.plans = new JobPlans(jobsFolder, reader, occurrences, status, log);
        this.occurrences = new OccurrenceRunner(runs, occurrences, clock, process, status, log, () -> stopping);
    }

    /**
     * Reads every job file strictly (a bad one is refused, naming the file, before anything runs), plans each job,
     * and runs occurrences until {@link #stop()}.
     *
     * @throws JobFileException when a job file is invalid at start
     */
    public void run() throws InterruptedException {
        plans.start(clock.now(), runs::idle);
        while (!stopping) {
            Instant now = clock.now();
            Optional<Plan> due = plans.all().stream().filter(p -> p.due() != null && !p.due().isAfter(now))
                    .min(Comparator.comparing(Plan::due).thenComparing(p -> p.job.name()));
            if (due.isPresent()) {
                try {
                    occurrences.fire(due.get(), now);
                }
                catch (RuntimeException e) {
                    occurrences.skipAfterError(due.get(), now, e);
                }
                continue;
            }
            Instant wake = now.plus(rescan);
            for (Plan plan : plans.all()) {
                if (plan.due() != null && plan.due().isBefore(wake)) {
                    wake = plan.due();
                }
            }
            clock.waitUntil(wake);
            if (!stopping) {
                plans.rescan(clock.now());
            }
        }
        for (Plan plan : plans.all()) {
            if (plan.retry != null) {
                status.finish(plan, plan.retry.occurrence(), Occurrences.Outcome.FAILED, plan.retry.runId(),
                        plan.retry.attempts(), "the scheduler stopped before the retry; restart the run or wait for "
                                + "the next occurrence");
            }
        }
        log.out("stopped");
    }

    /** Stops the scheduler: ends its wait, and stops a running job so that it can be restarted. */
    public void stop() {
        if (!stopping) {
            log.out("stopping: a running job stops at its next chunk or step");
        }
        stopping = true;
        clock.wake();
        runs.stop();
    }
}
