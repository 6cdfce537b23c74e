package org.defstats.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.defstats.io.Json;

/**
 * The last outcome of each job in an output folder, one JSON file per job in {@code .defstats/site/}, replaced whole
 * after each run. A file that cannot be read, or names another job, counts as no outcome: the site then shows what
 * the job repository records.
 */
final class JobOutcomes {

    static final String FOLDER = ".defstats/site";
    /** Not a job's outcome file: no job is named {@code .jobs}. */
    private static final String JOBS = ".jobs.json";

    private JobOutcomes() {
    }

    static void write(Path output, JobOutcome outcome) throws IOException {
        AtomicFiles.write(file(output, outcome.job()), Json.indented(outcome).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<JobOutcome> read(Path output, String job) {
        Path file = file(output, job);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JobOutcome outcome = Json.MAPPER.readValue(file.toFile(), JobOutcome.class);
            return outcome != null && job.equals(outcome.job()) && outcome.status() != null ? Optional.of(outcome)
                    : Optional.empty();
        }
        catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The jobs with an outcome file, by the file's name. */
    static java.util.List<String> jobs(Path output) {
        Path folder = output.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).filter(SiteJob::validName).sorted()
                    .toList();
        }
        catch (IOException e) {
            return java.util.List.of();
        }
    }

    /** The jobs of the job files, as the last command that read them found them. */
    static void writeJobs(Path output, java.util.List<SiteJob> jobs) throws IOException {
        AtomicFiles.write(output.resolve(FOLDER).resolve(JOBS), Json.indented(jobs).getBytes(StandardCharsets.UTF_8));
    }

    /** The jobs {@link #writeJobs} kept; none when there is no such file or it cannot be read. */
    static java.util.List<SiteJob> readJobs(Path output) {
        Path file = output.resolve(FOLDER).resolve(JOBS);
        try {
            if (Files.isRegularFile(file)) {
                return java.util.Arrays.stream(Json.MAPPER.readValue(file.toFile(), SiteJob[].class))
                        .filter(job -> job != null && SiteJob.validName(job.name())).toList();
            }
        }
        catch (RuntimeException e) {
            // garbled: the site lists the jobs the record and the outcomes know, without descriptions
        }
        return java.util.List.of();
    }

    private static Path file(Path output, String job) {
        return output.resolve(FOLDER).resolve(job + ".json");
    }
}
