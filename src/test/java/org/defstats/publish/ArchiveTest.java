package org.defstats.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import org.defstats.io.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write-once archive of inputs: stored by content, never overwritten, and checked when read. */
class ArchiveTest {

    @TempDir
    Path output;

    @TempDir
    Path input;

    @Test
    void theSameContentIsStoredOnceUnderItsHashAndNeverOverwritten() throws Exception {
        Path yearly = Files.writeString(input.resolve("a.csv"), "period,total\n2016,1418\n");
        Archive archive = new Archive(output);

        Archive.Archived first = archive.store(yearly);
        Path copy = Files.writeString(input.resolve("b.csv"), "period,total\n2016,1418\n");
        Archive.Archived second = archive.store(copy);

        assertThat(second).isEqualTo(first);
        assertThat(first.name()).isEqualTo("archive/" + first.sha256().substring(0, 2) + "/" + first.sha256());
        assertThat(first.sha256()).isEqualTo(Sha256.of(yearly));
        assertThat(Files.getPosixFilePermissions(output.resolve(first.name())))
                .doesNotContain(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE);
        try (var files = Files.walk(output.resolve("archive"))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }

        Files.writeString(yearly, "period,total\n2016,1414\n");
        Archive.Archived revised = archive.store(yearly);
        assertThat(revised.name()).isNotEqualTo(first.name());
        assertThat(archive.open(first.name(), first.sha256())).hasContent("period,total\n2016,1418\n");
    }

    @Test
    void aFileThatChangedWhileItWasReadIsRefusedAndNothingOfItArchived() throws Exception {
        Path yearly = Files.writeString(input.resolve("a.csv"), "period,total\n2016,1418\n");
        FileStamp now = Archive.stamp(yearly);
        // as if the export was 10 bytes shorter when the read began
        FileStamp before = new FileStamp(now.bytes() - 10, now.modified());

        assertThatThrownBy(() -> new Archive(output).store(yearly, before))
                .isInstanceOf(Archive.ChangedWhileReadException.class)
                .hasMessage(yearly + ": changed while defstats read it (an export still being written?); run again "
                        + "when the export is finished");
        try (var files = Files.walk(output.resolve("archive"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(new Archive(output).store(yearly, now).sha256()).isEqualTo(Sha256.of(yearly));
    }

    @Test
    void anArchivedFileChangedAfterwardsIsReportedNotRead() throws Exception {
        Archive archive = new Archive(output);
        Archive.Archived stored = archive.store(Files.writeString(input.resolve("a.csv"), "period,total\n2016,1418\n"));
        Path file = output.resolve(stored.name());
        file.toFile().setWritable(true);
        Files.writeString(file, "period,total\n2016,1419\n");

        assertThatThrownBy(() -> archive.open(stored.name(), stored.sha256())).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("no longer has the content its name says");
        assertThatThrownBy(() -> archive.store(input.resolve("a.csv"))).hasMessageContaining("restore it from a backup");
    }

    @Test
    void aNameLeadingOutOfTheArchiveIsRefusedEvenWithTheRightContent() throws Exception {
        Archive archive = new Archive(output);
        Path outside = Files.writeString(output.resolve("elsewhere.csv"), "period,total\n2016,1418\n");
        Path beyond = Files.writeString(input.resolve("beyond.csv"), "period,total\n2016,1418\n");
        String sha256 = Sha256.of(outside);

        assertThatThrownBy(() -> archive.open("archive/../elsewhere.csv", sha256))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("lies outside the archive folder");
        assertThatThrownBy(() -> archive.open("archive/../../" + input.getFileName() + "/beyond.csv",
                Sha256.of(beyond))).hasMessageContaining("lies outside the archive folder");
        assertThatThrownBy(() -> archive.open(beyond.toString(), Sha256.of(beyond)))
                .hasMessageContaining("lies outside the archive folder");
    }
}
