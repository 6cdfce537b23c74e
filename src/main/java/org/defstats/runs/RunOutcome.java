package org.defstats.runs;

import java.nio.file.Path;
import java.util.List;

import org.defstats.csv.LineProblem;

/** How running one job ended, for the console and the exit code. */
public sealed interface RunOutcome {

    String job();

    /**
     * This outcome with what the run found and mended before it ran ({@code latest/} edited and put back), for the
     * outcomes that show it; the others are returned as they are.
     */
    default RunOutcome withNotices(List<String> notices) {
        return this;
    }

    /**
     * A new run was published.
     *
     * @param read     what was read of each input, in words
     * @param warnings  the warnings about the inputs, one line each
     * @param revisions how many figures differ from the previous published run
     * @param revisedTables the tables those figures are in, in name order
     * @param notices   what was found changed in the published folders and mended before the run
     */
    record Published(String job, String runId, Path latest, String read, List<String> warnings, int revisions,
            List<String> revisedTables, List<String> files, List<String> notices) implements RunOutcome {

        public Published {
            warnings = List.copyOf(warnings);
            revisedTables = List.copyOf(revisedTables);
            files = List.copyOf(files);
            notices = List.copyOf(notices);
        }

        @Override
        public RunOutcome withNotices(List<String> found) {
            return new Published(job, runId, latest, read, warnings, revisions, revisedTables, files, found);
        }
    }

    /**
     * Inputs and settings are those of the last published run, whose files are as it published them: nothing new
     * was published.
     *
     * @param notices what was found changed in the published folders and mended (latest/ put back)
     */
    record Current(String job, String runId, Path latest, List<String> notices) implements RunOutcome {

        public Current {
            notices = List.copyOf(notices);
        }

        public Current(String job, String runId, Path latest) {
            this(job, runId, latest, List.of());
        }

        @Override
        public RunOutcome withNotices(List<String> found) {
            return new Current(job, runId, latest, found);
        }
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
