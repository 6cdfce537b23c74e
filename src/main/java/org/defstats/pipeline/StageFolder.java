package org.defstats.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.defstats.publish.RunPublisher;
import org.springframework.util.FileSystemUtils;

/**
 * Where the ingest steps of one job execution stage their rows: {@code .defstats/work/stage-JOB-EXECUTION/} in the
 * output folder, a file per input. It is deleted when the run ends, and the stages of a job's earlier runs
 * (killed, or ended by a lost machine) are deleted when the next run of the job starts, under its lock.
 */
record StageFolder(Path path) {

    private static final String PREFIX = "stage-";

    static StageFolder of(Path outputDir, String job, long jobExecutionId) {
        return new StageFolder(outputDir.resolve(RunPublisher.WORK_FOLDER).resolve(PREFIX + job + "-" + jobExecutionId));
    }

    Path file(String role) {
        return path.resolve(role + ".rows");
    }

    /** The name under which a partition stages what it folded of a role: {@code register.part1}. */
    static String part(String role, int index) {
        return role + ".part" + index;
    }

    /** The files of every partition of a role, in the order of their parts. */
    List<Path> parts(String role) throws IOException {
        List<Path> parts = new java.util.ArrayList<>();
        for (int index = 0; Files.exists(file(part(role, index))); index++) {
            parts.add(file(part(role, index)));
        }
        return parts;
    }

    /** Deletes the stages of the job's other executions; only the holder of the job's lock may call this. */
    void deleteOthers(String job) {
        Path work = path.getParent();
        if (!Files.isDirectory(work)) {
            return;
        }
        try (Stream<Path> folders = Files.list(work)) {
            for (Path folder : folders.toList()) {
                String name = folder.getFileName().toString();
                if (name.startsWith(PREFIX + job + "-") && name.substring((PREFIX + job + "-").length())
                        .chars().allMatch(Character::isDigit) && !folder.equals(path)) {
                    FileSystemUtils.deleteRecursively(folder);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot clear the stages of earlier runs in " + work + ": "
                    + e.getMessage(), e);
        }
    }

    void delete() {
        try {
            FileSystemUtils.deleteRecursively(path);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }
}
