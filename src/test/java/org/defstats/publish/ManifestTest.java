package org.defstats.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * manifest.json as one typed record: manifests written by the map-built publisher of earlier versions read back and
 * write out byte for byte, and a file that is not a whole manifest is refused with one line naming the field.
 */
class ManifestTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"manifest-first-run.json", "manifest-revised-with-rejects.json", "manifest-education.json"})
    void aPublishedManifestReadsAndWritesBackByteForByte(String name) throws IOException {
        byte[] published = resource(name);
        Path file = Files.write(folder.resolve(Manifest.FILE), published);

        RunManifest manifest = Manifest.read(file);

        assertThat(new String(Manifest.bytes(manifest), StandardCharsets.UTF_8))
                .isEqualTo(new String(published, StandardCharsets.UTF_8));
    }

    @Test
    void theFieldsAreTyped() throws IOException {
        RunManifest manifest = Manifest.read(Files.write(folder.resolve(Manifest.FILE),
                resource("manifest-revised-with-rejects.json")));

        assertThat(manifest.content().job()).isEqualTo("arrivals");
        assertThat(manifest.content().inputs()).extracting(RunManifest.Input::role)
                .containsExactly("yearly", "partial-periods");
        assertThat(manifest.content().inputs().get(1).skipped().rejectedLines()).isEqualTo(1);
        assertThat(manifest.content().inputs().get(0).warnings()).singleElement().asString()
                .endsWith("[extra-column]");
        assertThat(manifest.content().rejects().file()).contains(Rejects.FILE);
        assertThat(manifest.content().parameters().settings().get("milestones").size()).isEqualTo(3);
        assertThat(manifest.run().runId()).isEqualTo("20261130T010010Z-4");
        assertThat(manifest.run().revisions().previousRunId()).contains("20261130T005909Z-1");
        assertThat(manifest.listedFiles()).extracting(RunManifest.Output::name)
                .endsWith("charts/arrivals.svg", "rejects.csv", "revisions.csv");
    }

    @Test
    void aFirstRunHasNoPreviousRunAndNoFilesOfRejectsOrRevisions() throws IOException {
        RunManifest manifest = Manifest.read(Files.write(folder.resolve(Manifest.FILE),
                resource("manifest-first-run.json")));

        assertThat(manifest.run().revisions().previousRunId()).isEmpty();
        assertThat(manifest.run().revisions().file()).isEmpty();
        assertThat(manifest.content().rejects().file()).isEmpty();
        assertThat(manifest.listedFiles()).extracting(RunManifest.Output::name).doesNotContain("revisions.csv");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"runId\" : \"20261130T010010Z-4\",||is not a defstats manifest: /run/runId is missing",
        "\"jobInstanceId\" : 4,|\"jobInstanceId\" : \"four\",|is not a defstats manifest: /run/jobInstanceId is not of the type",
        "\"rows\" : 26,|\"rows\" : 26.5,|is not a defstats manifest: /content/inputs/0/rows is not of the type",
        "\"warnings\" : [ ]|\"warnings\" : [ null ]|is not a defstats manifest: /content/inputs/1/warnings/0 holds a null",
        "\"outputs\" : [ {|\"outputs\" : [ null, {|is not a defstats manifest: /content/outputs/0 holds a null",
        "\"sha256\" : \"43784bd1d4c94721e1881adcd64e2543eb527d1f0e540dafc871a5c05a8040fa\"|\"other\" : 1|is not a defstats manifest: /run/revisions: revisions.csv needs its file name, size and SHA-256 together",
        "\"manifestVersion\" : 2,|\"manifestVersion\" : 3,|is a manifest of version 3, which this defstats does not read",
        "\"manifestVersion\" : 2,||is not a defstats manifest: /manifestVersion is missing",
        "\"job\" : \"arrivals\",|\"job\" : null,|is not a defstats manifest: /content/job is missing",
        "\"job\" : \"arrivals\",|\"job\" : \"arrivals\"|is not valid JSON: ",
    })
    void aDamagedManifestIsRefusedInOneLineNamingTheField(String from, String to, String message) throws IOException {
        String published = new String(resource("manifest-revised-with-rejects.json"), StandardCharsets.UTF_8);
        assertThat(published).contains(from);
        Path file = Files.writeString(folder.resolve(Manifest.FILE),
                published.replaceFirst(java.util.regex.Pattern.quote(from), to == null ? "" : to));

        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + " " + message)
                .extracting(Throwable::getMessage).asString().doesNotContain("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{}", "{\"manifestVersion\": 2}", "\"manifest\"", "{\"content\": 1, \"run\": 2}"})
    void somethingElseThanAManifestIsRefusedInOneLine(String text) throws IOException {
        Path file = Files.writeString(folder.resolve(Manifest.FILE), text);

        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + " is not")
                .extracting(Throwable::getMessage).asString().doesNotContain("\n");
    }

    @Test
    void aMissingManifestIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> Manifest.readIn(folder))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(folder.resolve(Manifest.FILE) + " cannot be read");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ManifestTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
