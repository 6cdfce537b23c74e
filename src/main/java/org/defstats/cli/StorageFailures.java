package org.defstats.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.defstats.io.DiskFullException;

/**
 * Says in one line why no job can go on: the disk holding the output folder is full, or the job repository was lost
 * (its database stopped, closed, or the connection to it broke). Either failure ends the command: every job after it
 * would fail the same way, and Spring Batch could not even record that.
 */
final class StorageFailures {

    private StorageFailures() {
    }

    /** The line for {@code failure} (without "defstats: "), or empty when it is neither. */
    static Optional<String> explain(Throwable failure, Path output, String repositoryUrl) {
        if (failure == null) {
            return Optional.empty();
        }
        boolean database = DiskFullException.causes(failure).stream()
                .anyMatch(t -> t instanceof SQLException || t.getClass().getName().startsWith("org.h2."));
        Optional<DiskFullException> full = DiskFullException.of(failure, output.toAbsolutePath(),
                database ? repository(repositoryUrl) : null);
        if (full.isPresent()) {
            return Optional.of(full.get().getMessage());
        }
        return DiskFullException.causes(failure).stream().filter(StorageFailures::connectionLost).findFirst()
                .map(lost -> "lost the job repository (" + shownUrl(repositoryUrl) + "): " + message(lost)
                        + "; check the database and run again");
    }

    /**
     * A connection that broke or a database that is gone: SQL state class 08 (PostgreSQL), or H2's "database has been
     * closed" (90098) and "database called at shutdown" (90121).
     */
    private static boolean connectionLost(Throwable t) {
        if (t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        return state.startsWith("08") || state.equals("90098") || state.equals("90121");
    }

    /** What a write into the repository wrote: its H2 file when it is one. */
    private static String repository(String url) {
        String h2 = "jdbc:h2:file:";
        if (url != null && url.startsWith(h2)) {
            return "the job repository " + url.substring(h2.length()).split(";", 2)[0] + ".mv.db";
        }
        return null;
    }

    /** The URL without its settings, which may hold a password. */
    private static String shownUrl(String url) {
        return url == null ? "unknown" : url.split("[;?]", 2)[0];
    }

    private static String message(Throwable t) {
        String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        // H2's hint about closing at VM shutdown is beside the point: defstats already sets DB_CLOSE_ON_EXIT=FALSE
        return text.lines().findFirst().orElse("").replaceFirst(" \\[[0-9.]+-[0-9]+\\]$", "")
                .replaceFirst(" \\(to disable automatic closing at VM shutdown[^)]*\\)", "");
    }
}
