package org.defstats.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.defstats.io.Sha256;
import org.defstats.publish.PublishedRecord;
import org.defstats.publish.RunManifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run folder against the job repository's record of it: nothing in the folder, its manifest included, is believed. */
class RecordCheckTest {

    @TempDir
    Path run;

    private PublishedRecord record;

    @BeforeEach
    void publish() throws IOException {
        Files.createDirectories(run.resolve("tables"));
        Files.writeString(run.resolve("tables/yearly.csv"), "period,total\n2016,1418\n");
        Files.writeString(run.resolve("manifest.json"), "{}");
        record = new PublishedRecord("R1", "arrivals", 1, Sha256.of(run.resolve("manifest.json")),
                List.of(new RunManifest.Output("tables/yearly.csv", 23, Sha256.of(run.resolve("tables/yearly.csv")))));
    }

    @Test
    void aFolderAsPublishedIsIntact() throws IOException {
        assertThat(RecordCheck.check(run, record)).isEmpty();
        assertThat(RecordCheck.intact(run, record)).isTrue();
    }

    @Test
    void anEditedTableAnEditedManifestAndAnAddedFileAreEachFound() throws IOException {
        Files.writeString(run.resolve("tables/yearly.csv"), "period,total\n2016,9999\n");
        Files.writeString(run.resolve("manifest.json"), "{ }");
        Files.writeString(run.resolve("tables/extra.csv"), "x\n");

        assertThat(RecordCheck.check(run, record)).extracting(RunFolderCheck.Finding::describe)
                .containsExactly("changed: manifest.json", "changed: tables/yearly.csv", "added: tables/extra.csv");
        assertThat(RecordCheck.intact(run, record)).isFalse();
    }

    @Test
    void aRemovedFileAndAMissingFolderAreFound() throws IOException {
        Files.delete(run.resolve("tables/yearly.csv"));
        assertThat(RecordCheck.check(run, record)).extracting(RunFolderCheck.Finding::describe)
                .containsExactly("removed: tables/yearly.csv");
        assertThat(RecordCheck.check(run.resolve("nowhere"), record)).extracting(RunFolderCheck.Finding::what)
                .containsExactly("removed");
    }

    @Test
    void aRecordNamingAFileOutsideTheFolderIsNotFollowed() {
        PublishedRecord forged = new PublishedRecord("R1", "arrivals", 1, record.manifestSha256(),
                List.of(new RunManifest.Output("../../etc/hostname", 1, "0".repeat(64))));
        assertThatThrownBy(() -> RecordCheck.check(run, forged)).hasMessageContaining("outside its run folder");
        assertThat(RecordCheck.intact(run, forged)).isFalse();
    }
}
