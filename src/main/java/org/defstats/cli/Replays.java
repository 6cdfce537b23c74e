package org.defstats.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.defstats.audit.CsvTable;
import org.defstats.audit.TableDiff;
import org.defstats.publish.Archive;
import org.defstats.publish.Sha256;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code defstats replay RUN_ID}: rebuilds the input and jobs folders of a published run from the archive, runs
 * it into a scratch output folder with a job repository of its own, and compares every output with the
 * published one, tables cell by cell.
 */
final class Replays {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final PrintStream out;
    private final PrintStream err;

    Replays(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int replay(Command.Replay command, boolean debug) throws IOException {
        Path output = command.output();
        Path runDir = findRun(output, command.runId());
        if (runDir == null) {
            err.println("defstats: no published run " + command.runId() + " in " + Defstats.shown(output)
                    + "; see defstats history");
            return Defstats.USAGE;
        }
        JsonNode content = JsonMapper.builder().build().readTree(runDir.resolve("manifest.json").toFile()).at("/content");
        String job = content.get("job").asString();
        Files.createDirectories(output.resolve(".defstats/replay"));
        Path scratch = Files.createTempDirectory(output.resolve(".defstats/replay"),
                command.runId() + "-at-" + STAMP.format(Instant.now()) + "-");
        Archive archive = new Archive(output);
        JsonNode jobFile = content.get("jobFile");
        try {
            copy(archive.open(jobFile.get("archived").asString(), jobFile.get("sha256").asString()),
                    scratch.resolve("jobs").resolve(jobFile.get("name").asString()));
            for (JsonNode input : content.get("inputs")) {
                copy(archive.open(input.get("archived").asString(), input.get("sha256").asString()),
                        scratch.resolve("input").resolve(input.get("name").asString()));
            }
        }
        catch (RuntimeException | IOException e) {
            delete(scratch);
            throw e;
        }

        ByteArrayOutputStream runOut = new ByteArrayOutputStream();
        ByteArrayOutputStream runErr = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("run", job, "--input", scratch.resolve("input").toString(),
                "--output", scratch.resolve("output").toString(), "--jobs", scratch.resolve("jobs").toString()));
        if (debug) {
            args.add("--debug");
        }
        int exit = new Defstats(new PrintStream(runOut, true, StandardCharsets.UTF_8),
                new PrintStream(runErr, true, StandardCharsets.UTF_8)).execute(args.toArray(String[]::new));
        if (exit != Defstats.OK) {
            err.print(runErr.toString(StandardCharsets.UTF_8));
            err.println("defstats: the replay of " + command.runId() + " failed; its folders are in "
                    + Defstats.shown(scratch));
            return Defstats.FAILED;
        }

        Path replayed = scratch.resolve("output").resolve(job).resolve("latest");
        List<String> differences = differences(content.get("outputs"), runDir, replayed);
        JsonNode replayedInputs = JsonMapper.builder().build().readTree(replayed.resolve("manifest.json").toFile())
                .at("/content/inputs");
        if (!replayedInputs.equals(content.get("inputs"))) {
            differences.add("the manifests say different things of the inputs (encoding, rows, skipped lines or "
                    + "warnings): published " + content.get("inputs") + ", replayed " + replayedInputs);
        }
        if (differences.isEmpty()) {
            out.println("identical: the " + content.get("outputs").size() + " outputs of run " + command.runId()
                    + " replayed byte for byte from its archived inputs and job file");
            delete(scratch);
            return Defstats.OK;
        }
        differences.forEach(out::println);
        err.println("defstats: the replay of " + command.runId() + " differs from what was published; the replay "
                + "is in " + Defstats.shown(scratch));
        return Defstats.FAILED;
    }

    private static List<String> differences(JsonNode outputs, Path published, Path replayed) throws IOException {
        List<String> differences = new ArrayList<>();
        for (JsonNode output : outputs) {
            String name = output.get("name").asString();
            Path theirs = replayed.resolve(name);
            if (!Files.isRegularFile(theirs)) {
                differences.add("missing in the replay: " + name);
                continue;
            }
            byte[] replayedBytes = Files.readAllBytes(theirs);
            Path ours = published.resolve(name);
            if (!Files.isRegularFile(ours)) {
                differences.add("missing from the published run: " + name + " (see defstats verify)");
                continue;
            }
            byte[] publishedBytes = Files.readAllBytes(ours);
            if (!Sha256.of(publishedBytes).equals(output.get("sha256").asString())) {
                differences.add("changed since publishing: " + name + " no longer matches the manifest (see defstats "
                        + "verify)");
            }
            if (java.util.Arrays.equals(publishedBytes, replayedBytes)) {
                continue;
            }
            if (name.startsWith("tables/") && name.endsWith(".csv") && Files.isRegularFile(ours)) {
                List<String> cells = new ArrayList<>();
                TableDiff.compare(CsvTable.read(ours), CsvTable.parse(ours.getFileName().toString(), replayedBytes),
                        TableDiff.Matching.EXACT).forEach(d -> cells.add(d.describe("published", "replayed")));
                if (!cells.isEmpty()) {
                    differences.addAll(cells);
                    continue;
                }
            }
            differences.add("differs: " + name + " (the published file's SHA-256 is " + Sha256.of(publishedBytes)
                    + ", the replayed one's " + Sha256.of(replayedBytes) + ")");
        }
        return differences;
    }

    private static Path findRun(Path output, String runId) throws IOException {
        if (!Files.isDirectory(output) || runId.contains("/") || runId.contains("\\") || runId.startsWith(".")) {
            return null;
        }
        try (DirectoryStream<Path> jobs = Files.newDirectoryStream(output, Files::isDirectory)) {
            for (Path job : jobs) {
                Path run = job.resolve("runs").resolve(runId);
                if (Files.isRegularFile(run.resolve("manifest.json"))) {
                    return run;
                }
            }
        }
        return null;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                path.toFile().setWritable(true);
                Files.delete(path);
            }
        }
    }

}
