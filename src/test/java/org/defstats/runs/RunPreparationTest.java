package org.defstats.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs a job names are read only from inside the input folder that {@code run --input} gives. */
class RunPreparationTest {

    @TempDir
    Path work;

    @Test
    void anInputNameLeadingOutOfTheInputFolderIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path input = Files.createDirectories(work.resolve("input"));
        Files.writeString(work.resolve("secret.csv"), "group,count\nnorth,1\n");
        JobDefinition job = new JobDefinition(work.resolve("jobs/tally.yaml"), "tally", "", null,
                Map.of("counts", "../secret.csv"), Map.of(), 0, null, "Source: a test", null);

        assertThatThrownBy(() -> RunPreparation.prepare(job, input, work.resolve("output")))
                .isInstanceOf(JobFileException.class)
                .hasMessage(work.resolve("jobs/tally.yaml") + ": 'inputs.counts' is '../secret.csv', which lies outside "
                        + "the input folder " + input + "; name a file inside it");
        assertThat(work.resolve("output")).doesNotExist();
    }
}
