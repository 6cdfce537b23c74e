package org.defstats.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the defstats command in the test's JVM, as a user would type it, and keeps what it printed. */
public final class InProcessDefstats {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** {@code defstats ARGS}: its exit code; {@link #out()} and {@link #err()} say what this command printed. */
    public int execute(String... args) {
        out.reset();
        err.reset();
        return new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
