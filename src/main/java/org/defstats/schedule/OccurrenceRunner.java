package org.defstats.schedule;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.defstats.jobs.JobDefinition;
import org.defstats.runs.RunOutcome;

/**
 * Runs a plan's due occurrence: claims it in the job repository (another scheduler may have taken it), runs the job,
 * keeps a failed run for a retry while the schedule allows one, and records how it ended.
 */
final class OccurrenceRunner {

    private final Scheduler.Runs runs;
    private final Occurrences occurrences;
    private final SchedulerClock clock;
    private final String process;
    private final StatusRecorder status;
    private final ScheduleLog log;
    private final BooleanSupplier stopping;

    OccurrenceRunner(Scheduler.Runs runs, Occurrences occurrences, SchedulerClock clock, String process,
            StatusRecorder status, ScheduleLog log, BooleanSupplier stopping) {
        this.runs = runs;
        this.occurrences = occurrences;
        this.clock = clock;
        this.process = process;
        this.status = status;
        this.log = log;
        this.stopping = stopping;
    }

    /** How an occurrence ended, as the job repository records it and the console says it. */
    private record Ended(Occurrences.Outcome outcome, String runId, String message) {

        static Ended of(RunOutcome outcome, JobDefinition job, int attempts) {
            if (outcome instanceof RunOutcome.Published published) {
                return new Ended(Occurrences.Outcome.PUBLISHED, published.runId(), "published run " + published.runId()
                        + " (read " + published.read() + ")"
                        + (published.revisions() == 0 ? "" : "; " + published.revisions() + " figures revised"));
            }
            if (outcome instanceof RunOutcome.Current current) {
                return new Ended(Occurrences.Outcome.UP_TO_DATE, current.runId(), "up to date: inputs and settings "
                        + "unchanged since run " + current.runId() + "; nothing published");
            }
            if (outcome instanceof RunOutcome.Busy) {
                return new Ended(Occurrences.Outcome.BUSY, null, "skipped: another run of " + job.name()
                        + " holds its lock in the job repository");
            }
            if (outcome instanceof RunOutcome.Stopped stopped) {
                return new Ended(Occurrences.Outcome.STOPPED, stopped.runId(), "stopped, nothing published; restart "
                        + "it with: defstats restart " + stopped.runId());
            }
            RunOutcome.Failed failed = (RunOutcome.Failed) outcome;
            return new Ended(Occurrences.Outcome.FAILED, failed.runId(), "failed, nothing published: "
                    + ScheduleLog.describe(failed) + (attempts > 1 ? " (after " + attempts + " attempts)" : "")
                    + (failed.runId() == null ? "" : "; restart it with: defstats restart " + failed.runId()));
        }
    }

    /** Runs what is due of the plan at {@code now}: its retry, or its next occurrence (which ends a waiting retry). */
    void fire(Plan plan, Instant now) {
        JobDefinition job = plan.job;
        Instant occurrence;
        boolean catchUp;
        int attempts;
        boolean nextDue = plan.next != null && !plan.next.isAfter(now);
        if (plan.retry != null && !nextDue) {
            occurrence = plan.retry.occurrence();
            catchUp = plan.retry.catchUp();
            attempts = plan.retry.attempts();
            plan.retry = null;
        }
        else {
            if (plan.retry != null) {
                status.finish(plan, plan.retry.occurrence(), Occurrences.Outcome.FAILED, plan.retry.runId(),
                        plan.retry.attempts(), "the next occurrence came before its retry");
                plan.retry = null;
            }
            occurrence = plan.times.latest(now, plan.next).orElse(plan.next);
            if (!occurrence.equals(plan.next)) {
                log.out(job.name() + ": its runs from " + ScheduleLog.shown(plan.next, job) + " were missed (a run or "
                        + "the job repository kept it waiting); running the latest");
            }
            catchUp = plan.catchUp || !occurrence.equals(plan.next);
            plan.next = plan.times.next(occurrence).orElse(null);
            plan.catchUp = false;
            Optional<Occurrences.Occurrence> taken = occurrences.claim(job.name(), occurrence, catchUp, process, now);
            if (taken.isPresent()) {
                log.out(job.name() + ": the run of " + ScheduleLog.shown(occurrence, job) + " was taken by "
                        + taken.get().claimedBy() + "; next run " + ScheduleLog.shown(plan.next, job));
                return;
            }
            log.out(job.name() + ": running the occurrence of " + ScheduleLog.shown(occurrence, job)
                    + (catchUp ? " (catching up)" : ""));
            attempts = 0;
            status.write(plan, now);
        }
        run(plan, occurrence, catchUp, attempts + 1);
    }

    private void run(Plan plan, Instant occurrence, boolean catchUp, int attempts) {
        JobDefinition job = plan.job;
        RunOutcome outcome;
        try {
            outcome = runs.run(job);
        }
        catch (RuntimeException e) {
            outcome = new RunOutcome.Failed(job.name(), e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
        Instant ended = clock.now();
        if (outcome instanceof RunOutcome.Failed failed && attempts <= job.schedule().retries()
                && !stopping.getAsBoolean()) {
            Instant at = ended.plus(job.schedule().retryDelay());
            plan.retry = new Plan.Retry(occurrence, catchUp, attempts, at, failed.runId());
            occurrences.finish(job.name(), occurrence, Occurrences.Outcome.RETRY_WAITING, failed.runId(), attempts,
                    failed.message(), ended);
            log.err(job.name() + ": failed, nothing published: " + ScheduleLog.describe(failed) + "; retry "
                    + attempts + " of " + job.schedule().retries() + " at " + ScheduleLog.shown(at, job)
                    + "; next run " + ScheduleLog.shown(plan.next, job));
            status.write(plan, ended);
            return;
        }
        Ended recorded = Ended.of(outcome, job, attempts);
        status.finish(plan, occurrence, recorded.outcome(), recorded.runId(), attempts, recorded.message());
        log.next(plan, recorded.message() + "; next run ", recorded.outcome() == Occurrences.Outcome.PUBLISHED
                || recorded.outcome() == Occurrences.Outcome.UP_TO_DATE);
    }

    /**
     * A due occurrence could not be claimed or recorded (the job repository is unreachable, say): the scheduler
     * says so and goes on with the next fire time rather than ending.
     */
    void skipAfterError(Plan plan, Instant now, RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (plan.retry != null && !plan.retry.at().isAfter(now)) {
            plan.retry = null;
        }
        if (plan.next != null && !plan.next.isAfter(now)) {
            plan.next = plan.times.next(now).orElse(null);
            plan.catchUp = false;
        }
        log.next(plan, "could not run: " + e.getMessage() + (root == e ? "" : " (" + root.getMessage() + ")")
                + "; next run ", false);
    }
}
