package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.defstats.io.Sha256;
import org.defstats.publish.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A file name a manifest lists is resolved inside its run folder; one that leads out of it is refused. */
class UntrustedPathsTest {

    @TempDir
    Path work;

    private final InProcessDefstats console = new InProcessDefstats();

    @Test
    void verifyRefusesAManifestListingAFileOutsideTheRunFolder() throws IOException {
        Path run = Files.createDirectories(work.resolve("arrivals/runs/R1"));
        Path secret = Files.writeString(work.resolve("secret.txt"), "not part of the run\n");
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode manifest;
        try (InputStream in = Manifest.class.getResourceAsStream("manifest-first-run.json")) {
            manifest = (ObjectNode) mapper.readTree(in);
        }
        ArrayNode outputs = ((ObjectNode) manifest.get("content")).putArray("outputs");
        outputs.addObject().put("name", "../../../secret.txt").put("bytes", Files.size(secret))
                .put("sha256", Sha256.of(secret));
        Files.writeString(run.resolve(Manifest.FILE), mapper.writeValueAsString(manifest));

        int exit = defstats("verify", run.toString());

        assertThat(console.out()).doesNotContain("verified");
        assertThat(exit).isEqualTo(Defstats.FAILED);
        assertThat(console.err()).hasLineCount(1).contains("lists the file '../../../secret.txt', which lies outside the "
                + "run folder").endsWith("is not verified\n");
    }

    @Test
    void verifyOfAGarbledManifestFailsWithOneLineWhileAFolderWithoutOneIsAUsageError() throws IOException {
        Path run = Files.createDirectories(work.resolve("arrivals/runs/R1"));
        assertThat(defstats("verify", run.toString())).isEqualTo(Defstats.USAGE);
        assertThat(console.err()).contains("has no manifest.json");

        Files.writeString(run.resolve(Manifest.FILE), "{\"manifestVersion\": 3, \"content\": ");

        assertThat(defstats("verify", run.toString())).isEqualTo(Defstats.FAILED);
        assertThat(console.err()).hasLineCount(1).contains("manifest.json is not valid JSON")
                .endsWith("is not verified\n").doesNotContain("Exception");
        assertThat(console.out()).doesNotContain("verified");
    }

    /**
     * A failed run whose record in the job repository was changed to name a job folder, or an archived input,
     * outside the output folder is not restarted from it.
     */
    @Test
    void restartRefusesARecordNamingAJobOrAnArchivedInputOutsideTheOutputFolder() throws IOException {
        Path output = work.resolve("output");
        Files.createDirectories(work.resolve("input"));
        Files.createDirectories(work.resolve("jobs"));
        Files.writeString(work.resolve("jobs/tally.yaml"), "name: tally\ntype: tally\ninputs:\n  counts: counts.csv\n"
                + "source: \"Source: a test\"\n");
        Files.writeString(work.resolve("input/counts.csv"), "group,count\nnorth,1\nnorth,2\n");
        assertThat(defstats("run", "--input", work.resolve("input").toString(), "--jobs", work.resolve("jobs")
                .toString(), "--output", output.toString())).isEqualTo(Defstats.FAILED);
        assertThat(defstats("history", "tally", "--output", output.toString())).isEqualTo(Defstats.OK);
        String runId = console.out().lines().filter(line -> line.contains(" FAILED ")).findFirst().orElseThrow()
                .split(" +")[0];
        JdbcTemplate repository = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:file:"
                + output.resolve(".defstats/repository").toAbsolutePath() + ";TRACE_LEVEL_FILE=0", "sa", ""));
        String update = "UPDATE BATCH_JOB_EXECUTION_PARAMS SET PARAMETER_VALUE = ? WHERE PARAMETER_NAME = ?";

        repository.update(update, "../escaped", "job");
        assertThat(defstats("restart", runId, "--output", output.toString())).isEqualTo(Defstats.USAGE);
        assertThat(console.err()).hasLineCount(1).contains("names the job '../escaped', which is not a folder name inside");
        assertThat(work.resolve("escaped")).doesNotExist();

        repository.update(update, "tally", "job");
        String inputs = repository.queryForObject("SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE "
                + "PARAMETER_NAME = 'inputs'", String.class);
        Path secret = Files.writeString(work.resolve("secret.csv"), "group,count\nnorth,1\nnorth,2\n");
        repository.update(update, inputs.replaceAll("\"archived\":\"[^\"]*\"", "\"archived\":\"archive/../../secret.csv\"")
                .replaceAll("\"sha256\":\"[^\"]*\"", "\"sha256\":\"" + Sha256.of(secret) + "\""), "inputs");
        assertThat(defstats("restart", runId, "--output", output.toString())).isEqualTo(Defstats.FAILED);
        assertThat(console.err()).contains("the archived file 'archive/../../secret.csv' lies outside the archive folder")
                .doesNotContain("north is also on line");
    }

    private int defstats(String... args) {
        return console.execute(args);
    }
}
