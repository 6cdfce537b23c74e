package org.defstats.cli;

import java.io.PrintStream;

import org.defstats.runs.RunOutcome;

/**
 * Says on the console what became of a job: published (with its files and warnings), current, busy, stopped,
 * or failed (with the first problems and where all of them are listed).
 */
final class OutcomeReport {

    /**
     * How many problems of a refused input, or warnings of a published run, the console shows; rejects.csv and
     * the manifest list them all.
     */
    static final int SHOWN_PROBLEMS = 20;

    private final PrintStream out;
    private final PrintStream err;

    OutcomeReport(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void report(RunOutcome outcome, boolean debug) {
        if (outcome instanceof RunOutcome.Published p) {
            p.notices().forEach(n -> err.println("defstats: " + p.job() + ": " + n));
            out.println(p.job() + ": published run " + p.runId() + " (read " + p.read() + ")"
                    + (p.revisions() == 0 ? "" : "; " + revised(p.revisions(), p.revisedTables())
                            + ", listed in revisions.csv"));
            out.println("  " + shown(p.latest()) + "/  " + String.join("  ", p.files()));
            p.warnings().stream().limit(SHOWN_PROBLEMS).forEach(w -> err.println("defstats: warning: " + w));
            if (p.warnings().size() > SHOWN_PROBLEMS) {
                err.println("defstats: warning: and " + (p.warnings().size() - SHOWN_PROBLEMS)
                        + " more; all listed in the manifest");
            }
        }
        else if (outcome instanceof RunOutcome.Busy b) {
            err.println("defstats: " + b.job() + " is running in another process that shares the job repository; "
                    + "nothing done");
        }
        else if (outcome instanceof RunOutcome.Stopped s) {
            err.println("defstats: " + s.job() + " was stopped, nothing published; restart it with: defstats restart "
                    + s.runId());
        }
        else if (outcome instanceof RunOutcome.Current c) {
            c.notices().forEach(n -> err.println("defstats: " + c.job() + ": " + n));
            out.println(c.job() + ": current, inputs and settings unchanged since run "
                    + c.runId() + "; nothing new published (" + shown(c.latest()) + "/)");
        }
        else if (outcome instanceof RunOutcome.Failed f) {
            if (f.problems().isEmpty()) {
                err.println("defstats: " + f.job() + " failed, nothing published: " + f.message());
            }
            else {
                err.println("defstats: " + f.job() + " failed, nothing published: " + f.problemCount()
                        + (f.problemCount() == 1 ? " problem" : " problems") + " in its inputs");
                f.problems().stream().limit(SHOWN_PROBLEMS).forEach(p -> err.println("  " + p.describe()));
                long more = f.problemCount() - Math.min(SHOWN_PROBLEMS, f.problems().size());
                String listed = f.problemCount() > f.problems().size()
                        ? "the first " + f.problems().size() + " are listed in " : "all listed in ";
                err.println("  " + (more > 0 ? "and " + more + " more; " : "") + listed + shown(f.rejects()));
            }
            debug(debug, f.cause());
        }
    }

    /** {@code 3 figures revised in cumulative.csv, yearly.csv}. */
    static String revised(int revisions, java.util.List<String> tables) {
        return revisions + (revisions == 1 ? " figure" : " figures") + " revised"
                + (tables.isEmpty() ? "" : " in " + String.join(", ", tables));
    }

    private static String shown(java.nio.file.Path path) {
        return Defstats.shown(path);
    }

    private void debug(boolean debug, Throwable e) {
        if (debug && e != null) {
            e.printStackTrace(err);
        }
    }
}
