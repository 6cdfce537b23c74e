package org.defstats.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds published run folders ({@code OUTPUT/JOB/runs/RUN_ID/} with a {@code manifest.json}) by run id, or all
 * of a job, oldest first. Run ids and job names come from the command line and never lead out of the output folder.
 */
final class PublishedRunFolders {

    /** Oldest first: by the start time a run id begins with, then by its execution id. */
    private static final Comparator<String> OLDEST_FIRST = Comparator.comparing(PublishedRunFolders::startTime)
            .thenComparingLong(PublishedRunFolders::executionId).thenComparing(Comparator.naturalOrder());

    private PublishedRunFolders() {
    }

    /** The folder of a published run, or null when no job of the output folder has it. */
    static Path find(Path output, String runId) throws IOException {
        if (!Files.isDirectory(output) || !plainName(runId)) {
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

    /** The ids of every published run of a job, oldest first; empty when the job has none. */
    static List<String> runIds(Path output, String job) throws IOException {
        Path runs = output.resolve(job).resolve("runs");
        if (!plainName(job) || !Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(runs)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("manifest.json")))
                    .map(f -> f.getFileName().toString()).filter(PublishedRunFolders::plainName).sorted(OLDEST_FIRST)
                    .toList();
        }
    }

    private static boolean plainName(String name) {
        return !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.startsWith(".");
    }

    private static String startTime(String runId) {
        int dash = runId.lastIndexOf('-');
        return dash < 0 ? runId : runId.substring(0, dash);
    }

    private static long executionId(String runId) {
        try {
            return Long.parseLong(runId.substring(runId.lastIndexOf('-') + 1));
        }
        catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
