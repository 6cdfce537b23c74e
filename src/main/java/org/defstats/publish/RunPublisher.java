package org.defstats.publish;

import org.defstats.io.Sha256;
import org.defstats.output.OutputFile;
import org.defstats.output.Table;
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

import org.defstats.audit.Revisions;
import org.defstats.csv.InputReport;
import org.defstats.csv.LineProblem;
import org.defstats.io.Json;
import org.defstats.runs.ApplicationVersion;
import org.defstats.runs.InputFile;
import org.defstats.runs.RunParameters;

/**
 * Publishes a run: writes its files and manifest into a work folder, moves the folder into
 * {@code JOB/runs/RUN_ID} in one atomic rename, then replaces {@code JOB/latest} with a copy of it. A run
 * folder therefore never appears half-written.
 */
public class RunPublisher {

    /** Where unfinished work lives, inside the output folder so that renames stay on one file system. */
    public static final String WORK_FOLDER = ".defstats/work";

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
            Map<String, byte[]> tables = new LinkedHashMap<>();
            files.stream().filter(f -> f.path().startsWith("tables/")).forEach(f -> tables.put(f.path(), f.bytes()));
            Revisions revisions = Revisions.since(jobFolder.resolve("latest"), tables);
            Map<String, Object> revisionsEntry = entry("count", (long) revisions.revisions().size(),
                    "previousRunId", revisions.previousRunId(), "file", null);
            if (!revisions.revisions().isEmpty()) {
                byte[] csv = revisionsTable(revisions).csv();
                Files.write(work.resolve(Revisions.FILE), csv);
                revisionsEntry.putAll(entry("file", Revisions.FILE, "bytes", (long) csv.length, "sha256", Sha256.of(csv)));
            }
            Files.write(work.resolve("manifest.json"), manifest(run, written, revisionsEntry));
            Files.createDirectories(published.getParent());
            Files.move(work, published, StandardCopyOption.ATOMIC_MOVE);
            try {
                return new PublishedRun(run.runId(), published,
                        replaceLatest(jobFolder, published, output.resolve(WORK_FOLDER), run.runId()),
                        revisions.revisions().size());
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

    /**
     * The manifest: {@code content} holds what must be the same whenever the same inputs and job file are run
     * (versions, parameters, hashes, counts); {@code run} holds what differs from run to run by nature (ids,
     * times, the build and the Java runtime, and the revisions against the run published before), so that two
     * runs compare by their content alone.
     */
    private static Table revisionsTable(Revisions revisions) {
        return new Table(Revisions.FILE, List.of("table", "key", "column", "previous_value", "previous_run_id",
                "new_value"), revisions.revisions().stream().map(r -> List.of(r.table(), r.key(), r.column(),
                        r.previousValue(), revisions.previousRunId(), r.newValue())).toList());
    }

    private byte[] manifest(RunRecord run, List<Map<String, Object>> outputs, Map<String, Object> revisions)
            throws IOException {
        RunParameters p = run.parameters();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("job", p.job());
        content.put("type", p.type());
        content.put("application", entry("name", "defstats", "version", applicationVersion));
        content.put("parameters", entry("fingerprint", p.fingerprint(), "source", p.source(), "settings",
                Json.MAPPER.readTree(p.settings()), "maxRejects", p.maxRejects()));
        content.put("jobFile", entry("name", p.jobFile().getFileName().toString(), "sha256", p.jobFileSha256(),
                "archived", p.jobFileArchived()));
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (InputFile input : p.inputs()) {
            InputReport report = run.inputs().stream().filter(r -> r.role().equals(input.role())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no ingest report for input " + input.role()));
            inputs.add(entry("role", input.role(), "name", input.name(), "bytes", input.bytes(),
                    "sha256", input.sha256(), "archived", input.archived(), "encoding", report.encoding(),
                    "encodingSetting", input.encoding(), "rows", report.rows(), "skipped", entry("totalRows",
                            report.totalRows(), "footnotes", report.footnotes(), "emptyLines", report.emptyLines(),
                            "emptyColumns", report.emptyColumns(), "rejectedLines", report.rejected()),
                    "warnings", report.warnings().stream().map(LineProblem::describe).toList()));
        }
        content.put("inputs", inputs);
        content.put("rejects", entry("problems", run.rejectCount(), "file",
                run.rejects().isEmpty() ? null : Rejects.FILE));
        content.put("outputs", outputs);

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("manifestVersion", 2);
        manifest.put("content", content);
        manifest.put("run", entry("runId", run.runId(), "jobInstanceId", run.jobInstanceId(), "jobExecutionId",
                run.jobExecutionId(), "startedAt", run.startedAt().toString(), "build", entry("version",
                        applicationVersion, "commit", ApplicationVersion.commit()), "java", entry("version",
                        System.getProperty("java.version"), "vendor", System.getProperty("java.vendor"),
                        "runtime", System.getProperty("java.runtime.version")), "archive", p.outputDir().resolve(Archive.FOLDER).toString(),
                "revisions", revisions));
        return Json.indented(manifest).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Puts back a {@code latest/} that a process killed between the two renames of {@link #publish} left in the
     * work folder, so that the run it showed stays the basis of the next run.
     */
    public static void recoverLatest(Path jobFolder) {
        Path latest = jobFolder.resolve("latest");
        Path work = jobFolder.getParent().resolve(WORK_FOLDER);
        if (Files.exists(latest) || !Files.isDirectory(work)) {
            return;
        }
        String prefix = jobFolder.getFileName() + "-previous-latest-";
        try (Stream<Path> folders = Files.list(work)) {
            Path previous = folders.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted()
                    .reduce((first, second) -> second).orElse(null);
            if (previous != null) {
                Files.move(previous, latest, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot put back " + latest + " from " + work + ": " + e.getMessage(), e);
        }
    }

    /** Makes {@code jobFolder/latest} a copy of the published run folder {@code run} again. */
    public Path restoreLatest(Path jobFolder, Path run, String runId) {
        try {
            return replaceLatest(jobFolder, run, jobFolder.getParent().resolve(WORK_FOLDER), runId);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + jobFolder.resolve("latest") + " from run " + runId + ": "
                    + e.getMessage(), e);
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
