package org.defstats.cli;

import java.util.List;

/**
 * SIGTERM and SIGINT (Ctrl-C) for the scheduler, taken as a request to stop rather than as the start of the JVM's
 * shutdown: the running job stops at its next chunk or step and records itself STOPPED while the JVM still works
 * normally (once shutdown has begun, image and font code fails and connection pools close under the job).
 */
final class StopSignals {

    private StopSignals() {
    }

    /** Calls {@code stop} on SIGTERM and SIGINT; where signals cannot be handled, on the JVM's shutdown instead. */
    static void install(Runnable stop) {
        for (String name : List.of("TERM", "INT")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.run());
            }
            catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
                Runtime.getRuntime().addShutdownHook(new Thread(stop, "defstats-stop"));
                return;
            }
        }
    }
}
