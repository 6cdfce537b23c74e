package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.defstats.io.Sha256;
import org.defstats.publish.PublishedRuns;
import org.defstats.report.HtmlReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Auditors reproducing published runs: replay from the archive, and run on a folder of archived inputs. */
class ReplayTest {

    @TempDir
    Path work;

    private Path input;
    private Path jobs;
    private Path output;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyShippedJobsAndInputs() throws IOException {
        input = Files.createDirectories(work.resolve("input"));
        jobs = Files.createDirectories(work.resolve("jobs"));
        output = work.resolve("output");
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        Files.copy(Path.of("jobs/arrivals.yaml"), jobs.resolve("arrivals.yaml"));
    }

    @Test
    void aFreshRunReplaysIdenticallyAndATamperedTableIsFoundCellByCell() throws IOException {
        assertThat(defstats("run")).isEqualTo(Defstats.OK);
        String runId = onlyRun();

        assertThat(defstats("replay", runId)).isEqualTo(Defstats.OK);
        assertThat(text(out)).isEqualTo(identical(runId));
        assertThat(output.resolve(".defstats/replay")).isEmptyDirectory();

        Files.writeString(input.resolve("mou-arrivals-by-year.csv"), "changed after the run, which replay ignores");
        Path yearly = output.resolve("arrivals/runs").resolve(runId).resolve("tables/yearly.csv");
        yearly.toFile().setWritable(true);
        Files.writeString(yearly, Files.readString(yearly).replace("2016,302,1116,1418,78.7,",
                "2016,302,1116,1414,78.7,"));

        assertThat(defstats("replay", runId)).isEqualTo(Defstats.FAILED);
        assertThat(text(out)).isEqualTo("changed since publishing: tables/yearly.csv no longer matches the manifest "
                + "(see defstats verify)\nyearly.csv period=2016 total: published 1414, replayed 1418\n");
        assertThat(text(err)).contains("differs from what was published; the replay is in ");
        assertThat(defstats("replay", "20990101T000000Z-9")).isEqualTo(Defstats.USAGE);
    }

    @Test
    void theWorkbookReplaysByteForByteAndAChangedOneIsFound() throws IOException {
        assertThat(defstats("run")).isEqualTo(Defstats.OK);
        String runId = onlyRun();
        Path workbook = output.resolve("arrivals/runs").resolve(runId).resolve("tables.xlsx");
        String published = Sha256.of(workbook);
        workbook.toFile().setWritable(true);
        Files.write(workbook, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);

        assertThat(defstats("replay", runId)).isEqualTo(Defstats.FAILED);
        assertThat(text(out)).isEqualTo("changed since publishing: tables.xlsx no longer matches the manifest (see "
                + "defstats verify)\ndiffers: tables.xlsx (the published file's SHA-256 is " + Sha256.of(workbook)
                + ", the replayed one's " + published + ")\n");
    }

    @Test
    void theDataPackageReplaysByteForByteAndAChangedOneIsFound() throws IOException {
        assertThat(defstats("run")).isEqualTo(Defstats.OK);
        String runId = onlyRun();
        Path dataPackage = output.resolve("arrivals/runs").resolve(runId).resolve("datapackage.json");
        String published = Sha256.of(dataPackage);
        assertThat(Files.readString(dataPackage)).as("nothing of the run's identity").doesNotContain(runId,
                runId.substring(0, 8));

        assertThat(defstats("replay", runId)).isEqualTo(Defstats.OK);
        assertThat(text(out)).isEqualTo(identical(runId));

        dataPackage.toFile().setWritable(true);
        Files.writeString(dataPackage, Files.readString(dataPackage).replace("\"integer\"", "\"number\""));
        assertThat(defstats("replay", runId)).isEqualTo(Defstats.FAILED);
        assertThat(text(out)).isEqualTo("changed since publishing: datapackage.json no longer matches the manifest "
                + "(see defstats verify)\ndiffers: datapackage.json (the published file's SHA-256 is "
                + Sha256.of(dataPackage) + ", the replayed one's " + published + ")\n");
    }

    @Test
    void runningOnAFolderOfArchivedInputsReproducesAnEarlierRun() throws IOException {
        assertThat(defstats("run")).isEqualTo(Defstats.OK);
        String first = onlyRun();
        Path firstRun = output.resolve("arrivals/runs").resolve(first);
        Files.writeString(input.resolve("mou-arrivals-by-year.csv"), Files.readString(input.resolve(
                "mou-arrivals-by-year.csv")).replace("2016,302,1116,1418", "2016,298,1116,1414"));
        assertThat(defstats("run")).isEqualTo(Defstats.OK);

        JsonNode content = JsonMapper.builder().build().readTree(firstRun.resolve("manifest.json").toFile())
                .at("/content");
        Path archived = Files.createDirectories(work.resolve("audit/input"));
        for (JsonNode file : content.get("inputs")) {
            Files.copy(output.resolve(file.get("archived").asString()), archived.resolve(file.get("name").asString()));
        }
        Path auditJobs = Files.createDirectories(work.resolve("audit/jobs"));
        Files.copy(output.resolve(content.at("/jobFile/archived").asString()), auditJobs.resolve("arrivals.yaml"));

        Path audit = work.resolve("audit/output");
        assertThat(defstats("run", "arrivals", "--input", archived.toString(), "--jobs", auditJobs.toString(),
                "--output", audit.toString())).isEqualTo(Defstats.OK);
        for (String file : List.of("tables/yearly.csv", "tables/partial-periods.csv", "tables/milestones.csv",
                "charts/arrivals.svg", "charts/arrivals.png", "tables.xlsx", "datapackage.json")) {
            assertThat(audit.resolve("arrivals/latest").resolve(file)).as(file)
                    .hasSameBinaryContentAs(firstRun.resolve(file));
        }
        JsonNode replayed = JsonMapper.builder().build().readTree(audit.resolve("arrivals/latest/manifest.json")
                .toFile()).at("/content");
        assertThat(withoutReport(replayed)).isEqualTo(withoutReport(content));
        assertThat(report(replayed)).as("report.html shows the run id").isNotEqualTo(report(content));
        PublishedRuns.assertManifestMatchesFiles(audit.resolve("arrivals/latest"));
    }

    @Test
    void severalRunsReplayInOneProcessWithoutTouchingTheOutputFolderOrTakingOneReplayForAnother() throws IOException {
        List<String> runs = twoRunsOfChangedInputs();
        Map<String, String> before = snapshotOutsideReplays();

        assertThat(defstats("replay", "--all", "arrivals")).isEqualTo(Defstats.OK);
        assertThat(text(out)).isEqualTo(identical(runs.get(0)) + identical(runs.get(1))
                + "replayed 2 runs: 2 identical\n");
        assertThat(text(err)).isEmpty();

        // the first run a second time, after another: its job instance (same inputs, fresh output folder) must be
        // neither current with the first replay nor a restart of it
        String unknown = "20990101T000000Z-9";
        assertThat(defstats("replay", runs.get(0), unknown, runs.get(1), runs.get(0))).isEqualTo(Defstats.FAILED);
        assertThat(text(out)).isEqualTo(identical(runs.get(0)) + identical(runs.get(1)) + identical(runs.get(0))
                + "replayed 4 runs: 3 identical, 1 not found\n");
        assertThat(text(err)).isEqualTo("defstats: no published run " + unknown + " in " + Defstats.shown(output)
                + "; see defstats history\n");

        assertThat(output.resolve(".defstats/replay")).isEmptyDirectory();
        assertThat(snapshotOutsideReplays()).isEqualTo(before);
        assertThat(defstats("replay", "--all", "education")).isEqualTo(Defstats.USAGE);
        assertThat(text(err)).isEqualTo("defstats: no published runs of education in " + Defstats.shown(output)
                + "; see defstats history\n");
    }

    @Test
    void aTamperedArchiveFailsTheReplayOfTheRunThatReadItAndNoOther() throws IOException {
        List<String> runs = twoRunsOfChangedInputs();
        JsonNode first = JsonMapper.builder().build().readTree(output.resolve("arrivals/runs").resolve(runs.get(0))
                .resolve("manifest.json").toFile()).at("/content");
        Path archived = output.resolve(first.at("/inputs/0/archived").asString());
        assertThat(first.at("/inputs/0/name").asString()).isEqualTo("mou-arrivals-by-year.csv");
        archived.toFile().setWritable(true);
        Files.writeString(archived, Files.readString(archived).replace("2016,302,1116,1418", "2016,302,1116,1419"));

        assertThat(defstats("replay", runs.get(0), runs.get(1))).isEqualTo(Defstats.FAILED);
        assertThat(text(out)).isEqualTo(identical(runs.get(1)) + "replayed 2 runs: 1 identical, 1 failed\n");
        assertThat(text(err)).startsWith("defstats: the replay of " + runs.get(0) + " failed: ")
                .contains(archived + " no longer has the content its name says").hasLineCount(1);
    }

    @Test
    void aManifestNamingAFileOutsideTheScratchFolderFailsItsReplayWithoutWritingThere() throws IOException {
        assertThat(defstats("run")).isEqualTo(Defstats.OK);
        String runId = onlyRun();
        Path manifest = output.resolve("arrivals/runs").resolve(runId).resolve("manifest.json");
        manifest.toFile().setWritable(true);
        Files.writeString(manifest, Files.readString(manifest).replace("\"name\" : \"mou-arrivals-by-year.csv\"",
                "\"name\" : \"../../../../escaped.csv\""));

        assertThat(defstats("replay", runId)).isEqualTo(Defstats.FAILED);
        assertThat(text(err)).isEqualTo("defstats: the replay of " + runId + " failed: the manifest names the file "
                + "'../../../../escaped.csv', which is not a plain file name\n");
        try (Stream<Path> files = Files.walk(work)) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("escaped.csv"))).isEmpty();
        }
    }

    /** The manifest's content without the reports, whose bytes show the run's identity. */
    private static JsonNode withoutReport(JsonNode content) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) content.deepCopy();
        tools.jackson.databind.node.ArrayNode outputs = copy.putArray("outputs");
        content.get("outputs").forEach(o -> {
            if (!HtmlReport.isReport(o.get("name").asString())) {
                outputs.add(o);
            }
        });
        return copy;
    }

    private static String report(JsonNode content) {
        for (JsonNode output : content.get("outputs")) {
            if (output.get("name").asString().equals("report.html")) {
                return output.get("sha256").asString();
            }
        }
        throw new AssertionError("no report.html in " + content);
    }

    /** Publishes arrivals, then again after the 2016 figures were revised; the two run ids, oldest first. */
    private List<String> twoRunsOfChangedInputs() throws IOException {
        assertThat(defstats("run")).isEqualTo(Defstats.OK);
        Files.writeString(input.resolve("mou-arrivals-by-year.csv"), Files.readString(input.resolve(
                "mou-arrivals-by-year.csv")).replace("2016,302,1116,1418", "2016,298,1116,1414"));
        assertThat(defstats("run")).isEqualTo(Defstats.OK);
        try (Stream<Path> runs = Files.list(output.resolve("arrivals/runs"))) {
            List<String> ids = runs.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(ids).hasSize(2);
            return ids;
        }
    }

    private static String identical(String runId) {
        return "identical: the 11 outputs of run " + runId + " replayed byte for byte from its archived inputs and "
                + "job file (report.html and report.ko.html apart from the run's identity)\n";
    }

    /** Every file of the output folder but the replays' scratch area, with its SHA-256 and modification time. */
    private Map<String, String> snapshotOutsideReplays() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(output)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                if (!path.startsWith(output.resolve(".defstats/replay"))) {
                    files.put(output.relativize(path).toString(), Sha256.of(path) + " "
                            + Files.getLastModifiedTime(path));
                }
            }
        }
        return files;
    }

    private String onlyRun() throws IOException {
        try (Stream<Path> runs = Files.list(output.resolve("arrivals/runs"))) {
            return runs.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }

    private int defstats(String... args) {
        out.reset();
        err.reset();
        Stream<String> folders = args[0].equals("run")
                ? Stream.of("--output", output.toString(), "--input", input.toString(), "--jobs", jobs.toString())
                : Stream.of("--output", output.toString());
        String[] all = Stream.concat(Stream.of(args), folders).toArray(String[]::new);
        if (List.of(args).contains("--output")) {
            all = args;
        }
        return new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(all);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
