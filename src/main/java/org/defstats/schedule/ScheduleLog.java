package org.defstats.schedule;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.defstats.jobs.JobDefinition;
import org.defstats.runs.RunOutcome;

/**
 * The scheduler's console: one line per event, stamped with the host's time; failures on stderr. Fire times are
 * shown in the zone of their job's schedule.
 */
final class ScheduleLog {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private static final DateTimeFormatter LOGGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final SchedulerClock clock;
    private final PrintStream out;
    private final PrintStream err;

    ScheduleLog(SchedulerClock clock, PrintStream out, PrintStream err) {
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    void out(String line) {
        log(out, line);
    }

    void err(String line) {
        log(err, line);
    }

    /** {@code JOB: PREFIX} and the plan's next fire time, on stdout. */
    void next(Plan plan, String prefix) {
        next(plan, prefix, true);
    }

    /** {@code JOB: PREFIX} and the plan's next fire time, on stdout or stderr. */
    void next(Plan plan, String prefix, boolean toOut) {
        String next = shown(plan.next, plan.job);
        if (plan.next != null && plan.next.isBefore(clock.now())) {
            next = "now (" + next + " has passed)";
        }
        log(toOut ? out : err, plan.job.name() + ": " + prefix + next);
    }

    private void log(PrintStream stream, String line) {
        stream.println(LOGGED.format(clock.now().atZone(ZoneId.systemDefault())) + "  " + line);
    }

    /** A fire time in the zone of the job's schedule. */
    static String shown(Instant instant, JobDefinition job) {
        return instant == null ? "never (the cron does not fire again)"
                : SHOWN.format(instant.atZone(job.schedule().zone()));
    }

    /** What a failed run says: its message, or how many problems its inputs had and where they are listed. */
    static String describe(RunOutcome.Failed failed) {
        if (failed.problems().isEmpty()) {
            return failed.message();
        }
        return failed.problemCount() + (failed.problemCount() == 1 ? " problem" : " problems") + " in its inputs, "
                + "listed in " + failed.rejects() + "; the first: " + failed.problems().get(0).describe();
    }
}
