package org.defstats.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The jobs of a jobs/ folder: every {@code *.yaml} file in it, by name. */
public record JobCatalog(Path folder, List<JobDefinition> jobs) {

    public static JobCatalog load(Path folder, JobFileReader reader) {
        if (!Files.isDirectory(folder)) {
            throw new JobFileException(folder + ": there is no jobs folder here; give one with --jobs DIR");
        }
        List<Path> files;
        try {
            files = files(folder);
        }
        catch (IOException e) {
            throw new JobFileException(folder + ": cannot be listed: " + e.getMessage());
        }
        Map<String, JobDefinition> byName = new LinkedHashMap<>();
        for (Path file : files) {
            JobDefinition job = reader.read(file);
            JobDefinition earlier = byName.putIfAbsent(job.name(), job);
            if (earlier != null) {
                throw new JobFileException(file + ": 'name' is '" + job.name() + "', which " + earlier.file()
                        + " already uses; job names must differ");
            }
        }
        List<JobDefinition> jobs = new ArrayList<>(byName.values());
        jobs.sort((a, b) -> a.name().compareTo(b.name()));
        return new JobCatalog(folder, List.copyOf(jobs));
    }

    /** The job files of a jobs folder ({@code *.yaml}, {@code *.yml}), in name order. */
    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".yaml")
                    || p.getFileName().toString().endsWith(".yml")).sorted().toList();
        }
    }

    /** The named jobs, in the order given; all jobs when none is named. */
    public List<JobDefinition> select(List<String> names) {
        if (names.isEmpty()) {
            return jobs;
        }
        List<JobDefinition> selected = new ArrayList<>();
        for (String name : names) {
            selected.add(jobs.stream().filter(j -> j.name().equals(name)).findFirst()
                    .orElseThrow(() -> new UnknownJobException(name, this)));
        }
        return selected;
    }

    /** A job name that no job file in the folder defines. */
    public static final class UnknownJobException extends RuntimeException {
        UnknownJobException(String name, JobCatalog catalog) {
            super("there is no job '" + name + "' in " + catalog.folder() + "; the jobs are "
                    + String.join(", ", catalog.jobs().stream().map(JobDefinition::name).toList()));
        }
    }
}
