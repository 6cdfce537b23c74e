package org.defstats.site;

import java.time.Instant;
import java.util.Optional;

import org.defstats.runs.RunOutcome;

/**
 * What became of a job's last run in this output folder, as {@code run}, {@code restart} or {@code schedule} saw it,
 * kept for the site in {@code .defstats/site/JOB.json} ({@link JobOutcomes}): the job repository keeps no message
 * of a failure. {@code runId} names the run published, found current, failed or stopped (null when none started);
 * the site links only runs that the job repository records as published, whatever this says.
 *
 * @param status one of {@link #PUBLISHED}, {@link #CURRENT}, {@link #FAILED}, {@link #STOPPED}
 * @param at     when the run ended
 */
public record JobOutcome(String job, String status, String runId, String message, Instant at) {

    public static final String PUBLISHED = "published";
    public static final String CURRENT = "current";
    public static final String FAILED = "failed";
    public static final String STOPPED = "stopped";

    /**
     * The outcome of a run; empty for a job that another process was running (busy), which that process records
     * when it ends.
     */
    public static Optional<JobOutcome> of(RunOutcome outcome, Instant at) {
        if (outcome instanceof RunOutcome.Published p) {
            return Optional.of(new JobOutcome(p.job(), PUBLISHED, p.runId(), "published run " + p.runId()
                    + (p.revisions() == 0 ? "" : "; " + p.revisions() + (p.revisions() == 1 ? " figure" : " figures")
                            + " revised"), at));
        }
        if (outcome instanceof RunOutcome.Current c) {
            return Optional.of(new JobOutcome(c.job(), CURRENT, c.runId(), "inputs and settings unchanged since run "
                    + c.runId(), at));
        }
        if (outcome instanceof RunOutcome.Stopped s) {
            return Optional.of(new JobOutcome(s.job(), STOPPED, s.runId(), "stopped, nothing published; restart it "
                    + "with: defstats restart " + s.runId(), at));
        }
        if (outcome instanceof RunOutcome.Failed f) {
            String message = f.problems().isEmpty() ? f.message() : f.problemCount()
                    + (f.problemCount() == 1 ? " problem" : " problems") + " in its inputs; the first: "
                    + f.problems().get(0).describe();
            return Optional.of(new JobOutcome(f.job(), FAILED, f.runId(), "nothing published: " + message, at));
        }
        return Optional.empty();
    }
}
