package org.defstats.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.defstats.csv.InputReport;
import org.defstats.csv.LineProblem;
import org.defstats.runs.InputFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a run: writes its files and manifest into a work folder, moves the folder into
 * {@code JOB/runs/RUN_ID} in one atomic rename, then replaces {@code JOB/latest} with a copy of it. A run
 * folder therefore never appears half-written.
 */
public class RunPublisher {

    /** Where unfinished work lives, inside the output folder so that renames stay on one file system. */
    public static final String WORK_FOLDER = ".defstats/work";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final String applicationVersion;

    public RunPublisher(String applicationVersion) {
        this.applicationVersion = applicationVersion;
    }

    public PublishedRun publish(RunRecord run, List<OutputFile> outputs) {
        List<OutputFile> files = new ArrayList<>(outputs);
        if (!run.rejects().isEmpty()) {
            files.add(new OutputFile(Rejects.FILE, Rejects.table(run.rejects()).csv()));
        }
        Path output = run.parameters().outputDir();
        Path jobFolder = output.resolve(run.parameters().job());
        Path work = output.resolve(WORK_FOLDER).resolve(run.parameters().job() + "-" + run.runId());
        Path published = jobFolder.resolve("runs").resolve(run.runId());
        try {
            deleteIfPresent(work);
            List<Map<String, Object>> written = new ArrayList<>();
            for (OutputFile file : files) {
                Path target = work.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.bytes());
                written.add(entry("name", file.path(), "bytes", (long) file.bytes().length,
                        "sha256", Sha256.of(file.bytes())));
            }
            Files.write(work.resolve("manifest.json"), manifest(run, written));
            Files.createDirectories(published.getParent());
            Files.move(work, published, StandardCopyOption.ATOMIC_MOVE);
            try {
                return new PublishedRun(run.runId(), published,
                        replaceLatest(jobFolder, published, output.resolve(WORK_FOLDER), run.runId()));
            }
            catch (IOException e) {
                Files.move(published, work, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot publish run " + run.runId() + " into " + jobFolder + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Writes the problems of a refused run into {@code JOB/failed/RUN_ID/rejects.csv}, moved into place whole.
     *
     * @return the folder written
     */
    public Path publishFailure(Path output, String job, String runId, List<LineProblem> problems) {
        Path work = output.resolve(WORK_FOLDER).resolve(job + "-failed-" + runId);
        Path failed = output.resolve(job).resolve("failed").resolve(runId);
        try {
            deleteIfPresent(work);
            Files.createDirectories(work);
            Files.write(work.resolve(Rejects.FILE), Rejects.table(problems).csv());
            Files.createDirectories(failed.getParent());
            deleteIfPresent(failed);
            Files.move(work, failed, StandardCopyOption.ATOMIC_MOVE);
            return failed;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects of run " + runId + " into " + failed + ": "
                    + e.getMessage(), e);
        }
    }

    private byte[] manifest(RunRecord run, List<Map<String, Object>> outputs) throws IOException {
        RunParametersView p = new RunParametersView(run);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("job", p.job());
        manifest.put("type", p.type());
        manifest.put("runId", run.runId());
        manifest.put("jobInstanceId", run.jobInstanceId());
        manifest.put("jobExecutionId", run.jobExecutionId());
        manifest.put("startedAt", run.startedAt().toString());
        manifest.put("application", entry("name", "defstats", "version", applicationVersion));
        manifest.put("parameters", entry("job", p.job(), "fingerprint", p.fingerprint(), "source", p.source(),
                "settings", p.settings()));
        manifest.put("jobFile", entry("name", p.jobFileName(), "sha256", p.jobFileSha256()));
        manifest.put("maxRejects", run.parameters().maxRejects());
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (InputFile input : run.parameters().inputs()) {
            InputReport report = run.inputs().stream().filter(r -> r.role().equals(input.role())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no ingest report for input " + input.role()));
            inputs.add(entry("role", input.role(), "name", input.name(), "bytes", input.bytes(),
                    "sha256", input.sha256(), "encoding", report.encoding(), "encodingSetting", input.encoding(),
                    "rows", report.rows(), "skipped", entry("totalRows", report.totalRows(), "footnotes",
                            report.footnotes(), "emptyLines", report.emptyLines(), "emptyColumns",
                            report.emptyColumns(), "rejectedLines", report.rejected()),
                    "warnings", report.warnings().stream().map(LineProblem::describe).toList()));
        }
        manifest.put("inputs", inputs);
        manifest.put("rejects", entry("problems", run.rejectCount(), "file",
                run.rejects().isEmpty() ? null : Rejects.FILE));
        manifest.put("outputs", outputs);
        return (JSON.writeValueAsString(manifest) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A view of the parameters in the shape the manifest shows them. */
    private record RunParametersView(RunRecord run) {
        String job() {
            return run.parameters().job();
        }

        String type() {
            return run.parameters().type();
        }

        String fingerprint() {
            return run.parameters().fingerprint();
        }

        String source() {
            return run.parameters().source();
        }

        JsonNode settings() {
            return JSON.readTree(run.parameters().settings());
        }

        String jobFileName() {
            return run.parameters().jobFile().getFileName().toString();
        }

        String jobFileSha256() {
            try {
                return Sha256.of(run.parameters().jobFile());
            }
            catch (IOException e) {
                return "";
            }
        }
    }

    private static Path replaceLatest(Path jobFolder, Path published, Path work, String runId) throws IOException {
        Path latest = jobFolder.resolve("latest");
        Path fresh = work.resolve(jobFolder.getFileName() + "-latest-" + runId);
        Path old = work.resolve(jobFolder.getFileName() + "-previous-latest-" + runId);
        deleteIfPresent(fresh);
        deleteIfPresent(old);
        copyTree(published, fresh);
        boolean hadLatest = Files.exists(latest);
        if (hadLatest) {
            Files.move(latest, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(fresh, latest, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            if (hadLatest) {
                Files.move(old, latest, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        deleteIfPresent(old);
        return latest;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteIfPresent(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Map<String, Object> entry(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
