package org.defstats.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** How running one job ended, for the console and the exit code. */
public sealed interface RunOutcome {

    String job();

    /** A new run was published. */
    record Published(String job, String runId, Path latest, Map<String, Long> rowsRead, List<String> files)
            implements RunOutcome {
    }

    /** Inputs and settings are those of the last published run: nothing new was published. */
    record Current(String job, String runId, Path latest) implements RunOutcome {
    }

    /** The run failed; nothing was published. {@code cause} is kept for --debug. */
    record Failed(String job, String message, Throwable cause) implements RunOutcome {
    }
}
