package org.defstats.schedule;

import java.time.Instant;

import org.defstats.jobs.JobDefinition;

/** A scheduled job: its file, its fire times, its next occurrence and the retry of a failed one, if one is waiting. */
final class Plan {

    /** A failed run of an occurrence, to be tried again at {@code at}. */
    record Retry(Instant occurrence, boolean catchUp, int attempts, Instant at, String runId) {
    }

    final JobDefinition job;
    final FireTimes times;
    Instant next;
    boolean catchUp;
    Retry retry;

    private Plan(JobDefinition job, FireTimes times, Instant next) {
        this.job = job;
        this.times = times;
        this.next = next;
    }

    /** The plan of a job that has a schedule, its next occurrence the first fire time after {@code now}. */
    static Plan of(JobDefinition job, Instant now) {
        FireTimes times = new FireTimes(job.schedule().cron(), job.schedule().zone());
        return new Plan(job, times, times.next(now).orElse(null));
    }

    /** When the plan is due next: its next occurrence or its retry, whichever comes first; null when never. */
    Instant due() {
        if (retry != null && (next == null || retry.at().isBefore(next))) {
            return retry.at();
        }
        return next;
    }
}
