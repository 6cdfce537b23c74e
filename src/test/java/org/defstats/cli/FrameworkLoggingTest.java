package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The framework logs into the output folder's defstats.log whatever characters the folder's path has, and a full log
 * file is set aside under a numbered name. Runs the tally job type of the test sources, in process.
 */
class FrameworkLoggingTest {

    @TempDir
    Path work;

    private final InProcessDefstats console = new InProcessDefstats();

    /** Logback's rolling appender compiled the log path into a regular expression: "Illegal character range". */
    @Test
    void anOutputFolderWhosePathHasRegularExpressionCharactersWorks() throws IOException {
        Files.createDirectories(work.resolve("input"));
        Files.writeString(work.resolve("input/counts.csv"), "group,count\nnorth,1\nsouth,3\n");
        Files.createDirectories(work.resolve("jobs"));
        Files.writeString(work.resolve("jobs/tally.yaml"), """
                name: tally
                type: tally
                inputs:
                  counts: counts.csv
                source: "Source: a test"
                """);
        Path output = work.resolve("a[z-a]{1}(x/output");

        assertThat(console.execute("run", "--input", work.resolve("input").toString(), "--jobs",
                work.resolve("jobs").toString(), "--output", output.toString())).as(console.err()).isEqualTo(Defstats.OK);
        assertThat(console.err()).isEmpty();
        assertThat(output.resolve("tally/latest/tables/tally.csv")).exists();
        assertThat(output.resolve(".defstats/defstats.log")).content().contains("Executing step: [tallyCountsIngestStep]");
    }

    @Test
    void aFullLogFileIsSetAsideAndTheOldestDropped() throws Exception {
        Path log = work.resolve("a[1]/defstats.log");
        Files.createDirectories(log.getParent());
        LogFileRollover rollover = new LogFileRollover(log);
        for (int n = 1; n <= LogFileRollover.KEPT + 2; n++) {
            Files.writeString(log, "file " + n);
            rollover.rollover();
            assertThat(log).doesNotExist();
        }
        for (int n = 1; n <= LogFileRollover.KEPT; n++) {
            assertThat(rollover.earlier(n)).hasContent("file " + (LogFileRollover.KEPT + 3 - n));
        }
        assertThat(rollover.earlier(LogFileRollover.KEPT + 1)).doesNotExist();
        assertThat(rollover.getActiveFileName()).isEqualTo(log.toString());
    }
}
