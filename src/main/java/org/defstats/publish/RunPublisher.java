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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.defstats.csv.InputReport;
import org.defstats.csv.LineProblem;

/**
 * Publishes a run: writes its files and manifest into a work folder, moves the folder into
 * {@code JOB/runs/RUN_ID} in one atomic rename, then replaces {@code JOB/latest} with a copy of it. A run
 * folder therefore never appears half-written.
 */
public class RunPublisher {

    /** Where unfinished work lives, inside the output folder so that renames stay on one file system. */
    public static final String WORK_FOLDER = ".defstats/work";

    private final String applicationVersion;
    private final String commit;

    /**
     * @param applicationVersion the version of defstats
     * @param commit             the git commit it was built from
     */
    public RunPublisher(String applicationVersion, String commit) {
        this.applicationVersion = applicationVersion;
        this.commit = commit;
    }

    /**
     * Publishes the files of a run, with its revisions against the run {@code latest/} shows (which the caller
     * found under the job's lock, so that it still shows it).
     */
    public PublishedRun publish(RunRecord run, List<OutputFile> outputs, Revisions revisions) {
        List<OutputFile> files = new ArrayList<>(outputs);
        if (!run.rejects().isEmpty()) {
            files.add(new OutputFile(Rejects.FILE, Rejects.table(run.rejects()).csv()));
        }
        Path output = run.job().outputDir();
        Path jobFolder = output.resolve(run.job().name());
        Path work = output.resolve(WORK_FOLDER).resolve(run.job().name() + "-" + run.runId());
        Path published = jobFolder.resolve("runs").resolve(run.runId());
        try {
            deleteIfPresent(work);
            List<RunManifest.Output> written = new ArrayList<>();
            for (OutputFile file : files) {
                Path target = work.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.bytes());
                written.add(new RunManifest.Output(file.path(), file.bytes().length, Sha256.of(file.bytes())));
            }
            RunManifest.RevisionSummary revised = new RunManifest.RevisionSummary(revisions.revisions().size(),
                    Optional.ofNullable(revisions.previousRunId()), Optional.empty(), OptionalLong.empty(),
                    Optional.empty());
            if (!revisions.revisions().isEmpty()) {
                byte[] csv = revisions.table().csv();
                Files.write(work.resolve(Revisions.FILE), csv);
                revised = new RunManifest.RevisionSummary(revisions.revisions().size(),
                        Optional.ofNullable(revisions.previousRunId()), Optional.of(Revisions.FILE),
                        OptionalLong.of(csv.length), Optional.of(Sha256.of(csv)));
            }
            Manifest.write(work.resolve(Manifest.FILE), manifest(run, written, revised));
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

    private RunManifest manifest(RunRecord run, List<RunManifest.Output> outputs,
            RunManifest.RevisionSummary revisions) {
        RunRecord.Job job = run.job();
        List<RunManifest.Input> inputs = new ArrayList<>();
        for (InputFile input : job.files()) {
            InputReport report = run.inputs().stream().filter(r -> r.role().equals(input.role())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no ingest report for input " + input.role()));
            inputs.add(new RunManifest.Input(input.role(), input.name(), input.bytes(), input.sha256(),
                    input.archived(), report.encoding(), input.encoding(), report.rows(), new RunManifest.Skipped(
                            report.totalRows(), report.footnotes(), report.emptyLines(), report.emptyColumns(),
                            report.rejected()), report.warnings().stream().map(LineProblem::describe).toList()));
        }
        RunManifest.Content content = new RunManifest.Content(job.name(), job.type(),
                new RunManifest.Application("defstats", applicationVersion), job.parameters(), job.jobFile(), inputs, new RunManifest.RejectSummary(run.rejectCount(),
                        run.rejects().isEmpty() ? Optional.empty() : Optional.of(Rejects.FILE)), outputs);
        RunManifest.Run identity = new RunManifest.Run(run.runId(), run.jobInstanceId(), run.jobExecutionId(),
                run.startedAt(), new RunManifest.Build(applicationVersion, commit),
                new RunManifest.JavaRuntime(System.getProperty("java.version"), System.getProperty("java.vendor"),
                        System.getProperty("java.runtime.version")),
                job.outputDir().resolve(Archive.FOLDER).toString(), revisions);
        return new RunManifest(RunManifest.VERSION, content, identity);
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
}
