package org.defstats.runs;

import java.nio.file.Path;
import java.util.List;

import org.defstats.csv.LineProblem;

/** How running one job ended, for the console and the exit code. */
public sealed interface RunOutcome {

    String job();

    /**
     * A new run was published.
     *
     * @param read     what was read of each input, in words
     * @param warnings  the warnings about the inputs, one line each
     * @param revisions how many figures differ from the previous published run
     */
    record Published(String job, String runId, Path latest, String read, List<String> warnings, int revisions,
            List<String> files) implements RunOutcome {
    }

    /** Inputs and settings are those of the last published run: nothing new was published. */
    record Current(String job, String runId, Path latest) implements RunOutcome {
    }

    /** Another run of the job, in this process or another sharing the job repository, holds its lock. */
    record Busy(String job) implements RunOutcome {
    }

    /** The run was stopped (the process was asked to end); nothing was published, and it can be restarted. */
    record Stopped(String job, String runId) implements RunOutcome {
    }

    /**
     * The run failed; nothing was published. {@code cause} is kept for --debug.
     *
     * @param runId        the failed run, null when none started
     * @param problems     the problems of the inputs (at most the stored limit), empty for other failures
     * @param problemCount how many problems there were in all
     * @param rejects      the rejects.csv listing them, null when there is none
     */
    record Failed(String job, String runId, String message, List<LineProblem> problems, long problemCount,
            Path rejects, Throwable cause) implements RunOutcome {

        /** A failure before any run started. */
        public Failed(String job, String message, Throwable cause) {
            this(job, null, message, List.of(), 0, null, cause);
        }
    }
}
