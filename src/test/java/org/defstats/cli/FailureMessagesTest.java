package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs and output folders that cannot be used fail with one plain line that names the path and what to do,
 * without a stack trace, and publish nothing. Runs the tally job type of the test sources, in process.
 */
class FailureMessagesTest {

    @TempDir
    Path work;

    private Path output;
    private final InProcessDefstats console = new InProcessDefstats();

    @BeforeEach
    void writeJobFile() throws IOException {
        output = work.resolve("output");
        Files.createDirectories(work.resolve("input"));
        jobFile("counts.csv");
    }

    @Test
    void aFolderGivenAsTheInputIsNamedAsAFolder() throws IOException {
        Files.createDirectories(work.resolve("input/counts.csv"));

        assertThat(run()).isEqualTo(Defstats.USAGE);
        assertOneLine().contains("input/counts.csv, which is a folder, not a file; name the CSV file in it");
        assertThat(output).doesNotExist();
    }

    @Test
    void aFifoGivenAsTheInputIsNamedAsNotARegularFile() throws Exception {
        Path fifo = work.resolve("input/counts.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");

        assertThat(run()).isEqualTo(Defstats.USAGE);
        assertOneLine().contains("input/counts.csv, which is not a regular file (a FIFO, a device or a socket)");
        assertThat(output).doesNotExist();
    }

    @Test
    void aDotSlashNameIsTheFileInTheInputFolder() throws IOException {
        jobFile("./counts.csv");
        Files.writeString(work.resolve("input/counts.csv"), "group,count\nnorth,1\nsouth,3\n");

        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);
        assertThat(output.resolve("tally/latest/tables/tally.csv")).exists();
    }

    @Test
    void anOutputFolderThatIsAFileIsBlamedOnTheOutputFolder() throws IOException {
        Files.writeString(work.resolve("input/counts.csv"), "group,count\nnorth,1\n");
        Files.writeString(output, "not a folder");

        assertThat(run()).isEqualTo(Defstats.FAILED);
        assertOneLine().contains("the output folder " + output + " is a file, not a folder; give a folder with "
                + "--output DIR").doesNotContain("counts.csv");
        assertThat(output).hasContent("not a folder");
    }

    /**
     * Root writes into read-only folders, and the tests may run as root: then the output folder is a tmpfs mounted
     * read-only, which binds root too (skipped where mounting is not allowed).
     */
    @Test
    void aReadOnlyOutputFolderIsBlamedOnTheOutputFolder() throws Exception {
        Files.writeString(work.resolve("input/counts.csv"), "group,count\nnorth,1\n");
        Files.createDirectories(output);
        if ("root".equals(System.getProperty("user.name"))) {
            try (TmpfsMount readOnly = TmpfsMount.mount(output, "size=1m")) {
                readOnly.readOnly();
                assertReadOnlyOutputBlamed();
            }
            return;
        }
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertReadOnlyOutputBlamed();
        }
        finally {
            Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private void assertReadOnlyOutputBlamed() {
        assertThat(run()).isEqualTo(Defstats.FAILED);
        assertOneLine().contains("the output folder " + output + " cannot be written").doesNotContain("counts.csv");
        assertThat(output).isEmptyDirectory();
    }

    /** The other folders are empty ones of the test, so that nothing is written into the current folder. */
    @Test
    void anEmptyFolderNameIsAUsageErrorNotTheCurrentFolder() throws IOException {
        String input = work.resolve("input").toString();
        String jobs = Files.createDirectories(work.resolve("no-jobs")).toString();
        String outputFolder = output.toString();
        assertThat(defstats("run", "--input", input, "--jobs", jobs, "--output", "")).isEqualTo(Defstats.USAGE);
        assertOneLine().contains("--output is given an empty folder name");
        assertThat(defstats("run", "--input", "", "--jobs", jobs, "--output", outputFolder)).isEqualTo(Defstats.USAGE);
        assertOneLine().contains("--input is given an empty folder name");
        assertThat(defstats("run", "--input", input, "--jobs", "", "--output", outputFolder)).isEqualTo(Defstats.USAGE);
        assertOneLine().contains("--jobs is given an empty folder name");
        assertThat(output).doesNotExist();
    }

    @Test
    void anOutputFolderWithASemicolonIsRefusedBeforeAnythingIsWritten() throws IOException {
        Files.writeString(work.resolve("input/counts.csv"), "group,count\nnorth,1\n");
        output = work.resolve("out;put");

        assertThat(run()).isEqualTo(Defstats.USAGE);
        assertOneLine().contains("the output folder " + output.toAbsolutePath() + " has ';' in its path, which the "
                + "URL of its H2 job repository cannot hold; choose an output folder without ';'");
        assertThat(output).doesNotExist();
    }

    private void jobFile(String input) throws IOException {
        Files.createDirectories(work.resolve("jobs"));
        Files.writeString(work.resolve("jobs/tally.yaml"), """
                name: tally
                type: tally
                inputs:
                  counts: %s
                source: "Source: a test"
                """.formatted(input));
    }

    private org.assertj.core.api.AbstractStringAssert<?> assertOneLine() {
        return assertThat(console.err()).hasLineCount(1).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private int run() {
        return defstats("run", "--input", work.resolve("input").toString(), "--output", output.toString(), "--jobs",
                work.resolve("jobs").toString());
    }

    private int defstats(String... args) {
        return console.execute(args);
    }
}
