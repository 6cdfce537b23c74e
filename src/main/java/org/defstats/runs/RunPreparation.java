package org.defstats.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.defstats.io.DiskFullException;
import org.defstats.io.FolderPaths;
import org.defstats.io.Json;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileException;
import org.defstats.publish.Archive;
import org.defstats.publish.FileStamp;
import org.defstats.publish.InputFile;
import org.defstats.publish.LatestFolder;
import org.defstats.publish.LatestRun;
import org.defstats.text.Language;

/**
 * Prepares a job's run before it starts: refuses it when an input file is missing, archives its inputs and job
 * file (the run reads the archived copies, so it uses exactly the bytes it hashed), computes its fingerprint and
 * takes as its basis the run that {@code latest/} shows.
 */
public final class RunPreparation {

    private RunPreparation() {
    }

    /**
     * How long an input must have been unchanged before {@code schedule} reads it, unless the job file gives
     * {@code settle}: an export written at the fire time is left for the next occurrence. {@code run} waits for
     * none unless the job file says, since whoever types it has just seen the export finished.
     */
    public static final Duration SCHEDULE_SETTLE = Duration.ofSeconds(5);

    /**
     * The parameters of a run of {@code job}, its inputs and job file archived in {@code outputDir}; an input that
     * changed while it was read is refused, but not one changed just before (a replay reads inputs it just wrote).
     */
    public static RunParameters prepare(JobDefinition job, Path inputDir, Path outputDir) {
        return prepare(job, inputDir, outputDir, null, Instant.now());
    }

    /**
     * The parameters of a run of {@code job} as {@link #prepare(JobDefinition, Path, Path)}, refusing first, before
     * anything is archived, an input modified less than the job's {@code settle} (else {@code settle}) before
     * {@code now}.
     */
    public static RunParameters prepare(JobDefinition job, Path inputDir, Path outputDir, Duration settle,
            Instant now) {
        requireInputs(job, inputDir);
        Path output = outputDir.toAbsolutePath();
        requireWritable(output);
        Map<String, FileStamp> stamps = new LinkedHashMap<>();
        for (Map.Entry<String, String> input : job.inputs().entrySet()) {
            Path path = input(job, inputDir, input.getKey(), input.getValue());
            FileStamp stamp = stamp(path);
            Duration wait = job.settle() != null ? job.settle() : settle;
            if (wait != null) {
                requireSettled(path, stamp, wait, now);
            }
            stamps.put(input.getKey(), stamp);
        }
        Archive archive = new Archive(output);
        List<InputFile> inputs = new ArrayList<>();
        for (Map.Entry<String, String> input : job.inputs().entrySet()) {
            Path path = input(job, inputDir, input.getKey(), input.getValue());
            Archive.Archived archived = archived(output, archive, path, stamps.get(input.getKey()));
            inputs.add(new InputFile(input.getKey(), input.getValue(), archived.bytes(), archived.sha256(),
                    job.encodings().getOrDefault(input.getKey(), "auto"), archived.name()));
        }
        Archive.Archived jobFile = archived(output, archive, job.file(), stamp(job.file()));
        String settings = Json.MAPPER.writeValueAsString(job.settings());
        String languages = Language.joined(job.languages());
        String fingerprint = Fingerprint.of(job.type().name(), job.source(), settings, job.maxRejects(), languages,
                inputs);
        return new RunParameters(job.name(), fingerprint, basis(output, job.name()), job.type().name(),
                job.file().toAbsolutePath(), jobFile.sha256(), jobFile.name(), inputDir.toAbsolutePath(), output,
                List.copyOf(inputs), job.source(), job.maxRejects(), settings, job.description(),
                job.allowDroppedRows(), languages);
    }

    /**
     * The run that {@code latest/} of a job shows now, {@link RunParameters#NO_BASIS} when none; a {@code latest/}
     * that a process killed while publishing left aside is put back first.
     */
    public static String basis(Path outputDir, String job) {
        LatestFolder latest = new LatestFolder(outputDir.resolve(job));
        latest.recover();
        return latest.shown().map(LatestRun::runId).orElse(RunParameters.NO_BASIS);
    }

    /**
     * Refuses a job whose input files are missing, are not files (a folder, a FIFO) or lie outside the input folder,
     * before anything is written.
     */
    public static void requireInputs(JobDefinition job, Path inputDir) {
        for (Map.Entry<String, String> input : job.inputs().entrySet()) {
            Path path = input(job, inputDir, input.getKey(), input.getValue());
            String names = job.file() + ": 'inputs." + input.getKey() + "' names " + path;
            if (Files.isDirectory(path)) {
                throw new JobFileException(names + ", which is a folder, not a file; name the CSV file in it");
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                throw new JobFileException(names + ", which is not a regular file (a FIFO, a device or a socket); "
                        + "copy the CSV file into the input folder");
            }
            if (!Files.isRegularFile(path)) {
                throw new JobFileException(names + ", which does not exist; put the file there or give the input "
                        + "folder with --input DIR");
            }
            try {
                if (!path.toRealPath().startsWith(inputDir.toRealPath())) {
                    throw new JobFileException(job.file() + ": 'inputs." + input.getKey() + "' names " + path
                            + ", which a link leads out of the input folder; copy the file into the input folder");
                }
            }
            catch (IOException e) {
                throw new JobFileException(path + ": cannot be read: " + e.getMessage());
            }
        }
    }

    /**
     * Refuses an output folder that is a file or cannot be written, naming it, before anything is archived: else
     * the failure to archive would seem to be the input's.
     */
    private static void requireWritable(Path output) {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new IllegalStateException("the output folder " + output + " is a file, not a folder; give a folder "
                    + "with --output DIR");
        }
        try {
            Path archive = Files.createDirectories(output.resolve(Archive.FOLDER));
            Files.delete(Files.createTempFile(archive, ".writable-", ""));
        }
        catch (IOException e) {
            DiskFullException.of(e, output, output.resolve(Archive.FOLDER).toString()).ifPresent(full -> {
                throw full;
            });
            throw new IllegalStateException("the output folder " + output + " cannot be written (" + e.getClass()
                    .getSimpleName().replace("Exception", "") + ": " + e.getMessage() + "); make it writable or give "
                    + "another with --output DIR");
        }
    }

    /** The file an input names, refused unless it lies inside the input folder. */
    private static Path input(JobDefinition job, Path inputDir, String role, String name) {
        try {
            return FolderPaths.inside(inputDir, name);
        }
        catch (FolderPaths.OutsideFolderException e) {
            throw new JobFileException(job.file() + ": 'inputs." + role + "' is '" + name + "', which lies outside the "
                    + "input folder " + inputDir + "; name a file inside it");
        }
    }

    /** Refuses an input modified less than {@code settle} before {@code now}: an export perhaps still written. */
    static void requireSettled(Path file, FileStamp stamp, Duration settle, Instant now) {
        Duration age = stamp.age(now);
        if (settle.isZero() || age.compareTo(settle) >= 0) {
            return;
        }
        String when = age.isNegative() ? "was last modified " + stamp.modified() + ", later than now (" + now
                + "): is the clock right?" : "changed " + age.toSeconds() + " s ago";
        throw new JobFileException(file + ": " + when + ", within the job's settle time of " + settle.toSeconds()
                + " s (an export still being written?); left for the next run: run again when the export is "
                + "finished, or lower 'settle' in the job file");
    }

    private static FileStamp stamp(Path file) {
        try {
            return Archive.stamp(file);
        }
        catch (IOException e) {
            throw new JobFileException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static Archive.Archived archived(Path output, Archive archive, Path file, FileStamp before) {
        try {
            return archive.store(file, before);
        }
        catch (Archive.ChangedWhileReadException e) {
            throw new JobFileException(e.getMessage());
        }
        catch (IOException e) {
            // the archive's disk, not the input, is to blame
            DiskFullException.of(e, output, "the archived copy of " + file + " into " + output.resolve(Archive.FOLDER))
                    .ifPresent(full -> {
                        throw full;
                    });
            throw new JobFileException(file + ": cannot be read and archived: " + e.getMessage());
        }
    }
}
