package org.defstats.gated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Where a run of a {@link GatedArrivalsJobType} job holds, as the system properties of its process say: at
 * {@value #AT} ({@code ROLE:LINE}, the line rules of that line, or {@code publish}, the statistics of the publish
 * step), it creates the file {@value #MARKER} names and waits until the process has handled SIGTERM, that is, until
 * the stop request is recorded; or it is killed there; or, with {@value #SHUT_DOWN}, it shuts the job repository down
 * and goes on. So a test knows, without timing, that the process it kills
 * or stops is in the middle of that step. Without the properties (every process but the tests' own) it does nothing.
 */
public final class Gate {

    public static final String AT = "defstats.gate.at";
    public static final String MARKER = "defstats.gate.marker";
    /**
     * The JDBC URL of an H2 job repository to shut down at the gate, as a stopped database server or a database
     * closed under the run would leave it, instead of holding there: the run goes on without its repository.
     */
    public static final String SHUT_DOWN = "defstats.gate.shut-down";

    /** Long enough for any test, short enough that a process left behind by a broken test ends by itself. */
    private static final long MAX_HOLD_SECONDS = 120;

    private static final Signal TERM = new Signal("TERM");

    private Gate() {
    }

    /** Holds here if the process's gate is at {@code place}. */
    static void at(String place) {
        if (!place.equals(System.getProperty(AT))) {
            return;
        }
        if (System.getProperty(SHUT_DOWN) != null) {
            shutDown(System.getProperty(SHUT_DOWN));
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        SignalHandler[] previous = new SignalHandler[1];
        previous[0] = Signal.handle(TERM, signal -> {
            previous[0].handle(signal);
            stopped.countDown();
        });
        if (previous[0] == SignalHandler.SIG_DFL || previous[0] == SignalHandler.SIG_IGN) {
            Signal.handle(TERM, previous[0]);
            throw new IllegalStateException("the gate at " + place + " needs the stop handler of defstats");
        }
        try {
            Files.createFile(Path.of(System.getProperty(MARKER)));
            if (!stopped.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the gate at " + place + " was held for " + MAX_HOLD_SECONDS
                        + " s and no SIGTERM came");
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted at the gate at " + place, e);
        }
        finally {
            Signal.handle(TERM, previous[0]);
        }
    }

    private static void shutDown(String url) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN IMMEDIATELY");
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot shut down " + url + " at the gate", e);
        }
    }
}
