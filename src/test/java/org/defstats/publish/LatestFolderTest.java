package org.defstats.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** latest/: replaced whole, put back after a process killed between the two renames, and the run it shows. */
class LatestFolderTest {

    @TempDir
    Path output;

    @Test
    void aLatestLeftInTheWorkFolderByAKilledProcessIsPutBack() throws Exception {
        Path jobFolder = Files.createDirectories(output.resolve("arrivals"));
        Path aside = Files.createDirectories(output.resolve(RunPublisher.WORK_FOLDER)
                .resolve("arrivals-previous-latest-20261122T021508Z-2"));
        Files.writeString(aside.resolve("manifest.json"), "{\"run\": {\"runId\": \"20261122T021508Z-1\"}}");

        new LatestFolder(jobFolder).recover();

        assertThat(jobFolder.resolve("latest/manifest.json")).hasContent("{\"run\": {\"runId\": \"20261122T021508Z-1\"}}");
        assertThat(aside).doesNotExist();
        new LatestFolder(jobFolder).recover();
        assertThat(jobFolder.resolve("latest")).isDirectory();
    }

    @Test
    void restoringMakesLatestACopyOfTheRunAndLeavesNothingInTheWorkFolder() throws Exception {
        Path jobFolder = Files.createDirectories(output.resolve("arrivals"));
        Path run = jobFolder.resolve("runs/R2");
        Files.createDirectories(run.resolve("tables"));
        Files.writeString(run.resolve("tables/yearly.csv"), "period,total\n2016,1418\n");
        Files.writeString(run.resolve(Manifest.FILE), "{}");
        Files.createDirectories(jobFolder.resolve("latest"));
        Files.writeString(jobFolder.resolve("latest/old.csv"), "old");

        Path latest = new LatestFolder(jobFolder).restore(run, "R2");

        assertThat(latest).isEqualTo(jobFolder.resolve("latest"));
        PublishedRuns.assertSameFiles(run, latest);
        try (var left = Files.list(output.resolve(RunPublisher.WORK_FOLDER))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void latestShowsTheRunOfItsManifestAndNothingWhenTheManifestIsDamaged() throws Exception {
        Path jobFolder = Files.createDirectories(output.resolve("arrivals"));
        LatestFolder latest = new LatestFolder(jobFolder);
        assertThat(latest.shown()).isEmpty();

        Path manifest = Files.createDirectories(jobFolder.resolve("latest")).resolve(Manifest.FILE);
        try (var in = LatestFolderTest.class.getResourceAsStream("manifest-first-run.json")) {
            Files.write(manifest, in.readAllBytes());
        }
        assertThat(latest.shown()).contains(new LatestRun("20261130T005909Z-1",
                "9dfc6c612be325d2fd67f480493fc4cd2985390bad936c3031aa6c92ef74510b"));

        Files.writeString(manifest, Files.readString(manifest).replace("\"runId\"", "\"id\""));
        assertThat(latest.shown()).isEmpty();
    }
}
