package org.defstats.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing survives a process killed between the two renames that replace latest/. */
class RunPublisherTest {

    @TempDir
    Path output;

    @Test
    void aLatestLeftInTheWorkFolderByAKilledProcessIsPutBack() throws Exception {
        Path jobFolder = Files.createDirectories(output.resolve("arrivals"));
        Path aside = Files.createDirectories(output.resolve(RunPublisher.WORK_FOLDER)
                .resolve("arrivals-previous-latest-20261122T021508Z-2"));
        Files.writeString(aside.resolve("manifest.json"), "{\"run\": {\"runId\": \"20261122T021508Z-1\"}}");

        RunPublisher.recoverLatest(jobFolder);

        assertThat(jobFolder.resolve("latest/manifest.json")).hasContent("{\"run\": {\"runId\": \"20261122T021508Z-1\"}}");
        assertThat(aside).doesNotExist();
        RunPublisher.recoverLatest(jobFolder);
        assertThat(jobFolder.resolve("latest")).isDirectory();
    }
}
