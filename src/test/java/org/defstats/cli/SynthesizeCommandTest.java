package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code synthesize-register}: the file it writes, and its usage errors. */
class SynthesizeCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Defstats defstats = new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path temp;

    @Test
    void writesTheShippedRegisterByDefault() throws IOException {
        Path file = temp.resolve("sub/register.csv");
        assertThat(defstats.execute("synthesize-register", "--output", file.toString())).isEqualTo(Defstats.OK);
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(Path.of("input/synthetic-register.csv")));
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("synthesize-register: wrote 34538 synthetic "
                + "persons (seed 13) to ");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void takesASeedAndASize() throws IOException {
        Path file = temp.resolve("small.csv");
        assertThat(defstats.execute("synthesize-register", "--seed", "7", "--persons", "1_000", "--output",
                file.toString())).isEqualTo(Defstats.OK);
        assertThat(Files.readAllLines(file)).hasSize(1_001);
    }

    @Test
    void refusesAMissingOutputAndABadNumber() {
        assertThat(defstats.execute("synthesize-register", "--seed", "7")).isEqualTo(Defstats.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: defstats synthesize-register --output FILE");
        assertThat(defstats.execute("synthesize-register", "--persons", "0", "--output", "x.csv"))
                .isEqualTo(Defstats.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--persons needs a whole number from 1, for "
                + "example --persons 1000000, not '0'");
        assertThat(defstats.execute("synthesize-register", "--input", "x", "--output", "x.csv"))
                .isEqualTo(Defstats.USAGE);
        assertThat(Path.of("x.csv")).doesNotExist();
    }
}
