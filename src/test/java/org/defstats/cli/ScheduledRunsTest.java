package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileException;
import org.defstats.jobs.JobFileReader;
import org.defstats.jobs.JobTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler's runs leave an export written in the last seconds for the next occurrence. */
class ScheduledRunsTest {

    @TempDir
    Path work;

    @Test
    void anInputWrittenJustNowIsLeftForTheNextRunUnderTheDefaultSettleTime() throws IOException {
        Path jobs = Files.createDirectories(work.resolve("jobs"));
        Path input = Files.createDirectories(work.resolve("input"));
        Path jobFile = Files.writeString(jobs.resolve("tally.yaml"), """
                name: tally
                type: tally
                inputs:
                  counts: counts.csv
                schedule:
                  cron: "0 0 2 * * *"
                """);
        Path counts = Files.writeString(input.resolve("counts.csv"), "group,count\nnorth,1\n");
        JobFileReader reader = new JobFileReader(JobTypes.all());
        JobDefinition job = reader.read(jobFile);
        // refused before the run starts, so no job runner is needed
        ScheduledRuns runs = new ScheduledRuns(null, reader, input, work.resolve("output"));

        assertThatThrownBy(() -> runs.run(job)).isInstanceOf(JobFileException.class)
                .hasMessageStartingWith(counts + ": changed ")
                .hasMessageContaining("within the job's settle time of 5 s")
                .hasMessageContaining("left for the next run");
        assertThat(work.resolve("output/archive")).isEmptyDirectory();

        Files.setLastModifiedTime(counts, FileTime.from(Instant.now().minusSeconds(6)));
        // settled: prepared and archived, then handed to the (here absent) job runner
        assertThatThrownBy(() -> runs.run(job)).isInstanceOf(NullPointerException.class);
        assertThat(work.resolve("output/archive")).isNotEmptyDirectory();
    }
}
