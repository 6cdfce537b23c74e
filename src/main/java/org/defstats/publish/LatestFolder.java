package org.defstats.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * A job's {@code latest/} folder: a copy of its newest published run, replaced by two renames (the old copy aside
 * into the work folder, the new one into place), so that it is always whole; and the run it shows.
 */
public final class LatestFolder {

    private final Path jobFolder;
    private final Path latest;
    private final Path work;

    /** The {@code latest/} folder of the job folder {@code OUTPUT/JOB}. */
    public LatestFolder(Path jobFolder) {
        this.jobFolder = jobFolder;
        this.latest = jobFolder.resolve("latest");
        this.work = jobFolder.getParent().resolve(RunPublisher.WORK_FOLDER);
    }

    /** The run that {@code latest/} shows, empty when there is none or its manifest cannot be read. */
    public Optional<LatestRun> shown() {
        Path manifest = latest.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            RunManifest shown = Manifest.read(manifest);
            return Optional.of(new LatestRun(shown.run().runId(), shown.content().parameters().fingerprint()));
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Puts back a {@code latest/} that a process killed between the two renames of {@link #replace} left in the
     * work folder, so that the run it showed stays the basis of the next run.
     */
    public void recover() {
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

    /** Makes {@code latest/} a copy of the published run folder {@code run} again. */
    public Path restore(Path run, String runId) {
        try {
            return replace(run, runId);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + latest + " from run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** Replaces {@code latest/} with a copy of the published run folder {@code run}. */
    Path replace(Path run, String runId) throws IOException {
        Path fresh = work.resolve(jobFolder.getFileName() + "-latest-" + runId);
        Path old = work.resolve(jobFolder.getFileName() + "-previous-latest-" + runId);
        FileSystemUtils.deleteRecursively(fresh);
        FileSystemUtils.deleteRecursively(old);
        try {
            FileSystemUtils.copyRecursively(run, fresh);
        }
        catch (IOException e) {
            // a half copy must not stay behind, least of all on a full disk
            deleteQuietly(fresh);
            throw e;
        }
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
        FileSystemUtils.deleteRecursively(old);
        return latest;
    }

    private static void deleteQuietly(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        }
        catch (IOException e) {
            // the next replace deletes it first
        }
    }
}
