package org.defstats.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Records what became of a plan's occurrences: the outcome in the job repository ({@link Occurrences}) and the job's
 * status.json for monitoring, written again whenever the plan changes.
 */
final class StatusRecorder {

    private final Path output;
    private final Occurrences occurrences;
    private final SchedulerClock clock;
    private final String process;
    private final ScheduleLog log;

    StatusRecorder(Path output, Occurrences occurrences, SchedulerClock clock, String process, ScheduleLog log) {
        this.output = output;
        this.occurrences = occurrences;
        this.clock = clock;
        this.process = process;
        this.log = log;
    }

    /** Records how an occurrence of the plan ended, now. */
    void finish(Plan plan, Instant occurrence, Occurrences.Outcome outcome, String runId, int attempts,
            String message) {
        Instant now = clock.now();
        occurrences.finish(plan.job.name(), occurrence, outcome, runId, attempts, message, now);
        write(plan, now);
    }

    /** Writes the plan's status.json; a failure to write it is said on the console, not fatal. */
    void write(Plan plan, Instant now) {
        try {
            StatusFile.write(output, plan.job, occurrences.last(plan.job.name()).orElse(null), plan.next,
                    plan.retry == null ? null : plan.retry.at(), process, now);
        }
        catch (IOException | RuntimeException e) {
            log.err(plan.job.name() + ": cannot write its status.json: " + e.getMessage());
        }
    }
}
