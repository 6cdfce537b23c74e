package org.defstats.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.defstats.csv.LineProblem;
import org.defstats.io.Sha256;
import org.defstats.output.OutputFile;
import org.springframework.util.FileSystemUtils;

/**
 * Publishes a run: writes its files and manifest into a work folder, moves the folder into
 * {@code JOB/runs/RUN_ID} in one atomic rename, then replaces {@code JOB/latest} with a copy of it
 * ({@link LatestFolder}). A run folder therefore never appears half-written. Also writes the rejects of a refused
 * run into {@code JOB/failed/RUN_ID}.
 */
public class RunPublisher {

    /** Where unfinished work lives, inside the output folder so that renames stay on one file system. */
    public static final String WORK_FOLDER = ".defstats/work";

    private final String applicationVersion;
    private final String commit;
    private final PublishedRecords records;

    /**
     * @param applicationVersion the version of defstats
     * @param commit             the git commit it was built from
     * @param records            where each publication is recorded, in the transaction of the publishing step
     */
    public RunPublisher(String applicationVersion, String commit, PublishedRecords records) {
        this.applicationVersion = applicationVersion;
        this.commit = commit;
        this.records = records;
    }

    /**
     * Publishes the files of a run, with its revisions against the run published before (which the caller found
     * under the job's lock), and records the publication: its manifest's hash and every file's, so that later
     * commands can tell the published files from edited ones.
     */
    public PublishedRun publish(RunRecord run, List<OutputFile> outputs, Revisions revisions) {
        return publish(run, outputs, revisions, List.of());
    }

    /** {@link #publish(RunRecord, List, Revisions)}, with documents made from the run's files (report.html). */
    public PublishedRun publish(RunRecord run, List<OutputFile> outputs, Revisions revisions,
            List<RunDocument> documents) {
        List<OutputFile> files = new ArrayList<>(outputs);
        if (!run.rejects().isEmpty()) {
            files.add(new OutputFile(Rejects.FILE, Rejects.table(run.rejects()).csv()));
        }
        RunManifest.Build build = new RunManifest.Build(applicationVersion, commit);
        List<OutputFile> made = List.copyOf(files);
        documents.forEach(document -> files.add(document.write(run, made, revisions, build)));
        Path output = run.job().outputDir();
        Path jobFolder = output.resolve(run.job().name());
        Path work = output.resolve(WORK_FOLDER).resolve(run.job().name() + "-" + run.runId());
        Path published = jobFolder.resolve("runs").resolve(run.runId());
        try {
            FileSystemUtils.deleteRecursively(work);
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
            RunManifest manifest = RunManifest.of(run, written, revised, build);
            byte[] manifestBytes = Manifest.bytes(manifest);
            Files.write(work.resolve(Manifest.FILE), manifestBytes);
            Files.createDirectories(published.getParent());
            Files.move(work, published, StandardCopyOption.ATOMIC_MOVE);
            try {
                records.record(output, new PublishedRecord(run.runId(), run.job().name(), run.jobExecutionId(),
                        Sha256.of(manifestBytes), manifest.listedFiles()));
                return new PublishedRun(run.runId(), published,
                        new LatestFolder(jobFolder).replace(published, run.runId()), revisions.revisions().size());
            }
            catch (IOException | RuntimeException e) {
                Files.move(published, work, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
        }
        catch (IOException e) {
            // what was written of the run must not stay behind, least of all on a full disk
            try {
                FileSystemUtils.deleteRecursively(work);
            }
            catch (IOException notDeleted) {
                e.addSuppressed(notDeleted);
            }
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
            FileSystemUtils.deleteRecursively(work);
            Files.createDirectories(work);
            Files.write(work.resolve(Rejects.FILE), Rejects.table(problems).csv());
            Files.createDirectories(failed.getParent());
            FileSystemUtils.deleteRecursively(failed);
            Files.move(work, failed, StandardCopyOption.ATOMIC_MOVE);
            return failed;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects of run " + runId + " into " + failed + ": "
                    + e.getMessage(), e);
        }
    }
}
