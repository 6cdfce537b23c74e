package org.defstats.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.defstats.audit.RecordCheck;
import org.defstats.audit.RunFolderCheck;
import org.defstats.publish.LatestFolder;
import org.defstats.publish.Manifest;
import org.defstats.publish.PublishedRecord;
import org.defstats.publish.PublishedRecords;

/**
 * The run a job's next run is based on, as the job repository records it: the job's newest published run, the
 * folder that still shows it exactly as published ({@code latest/}, else its {@code runs/RUN_ID} folder) and what
 * was changed in the others. Nothing in the output folder is believed unless it matches the record.
 *
 * @param record   the newest recorded run, empty when none is recorded
 * @param intact   the folder that shows it as published, empty when none does
 * @param findings the files of {@code latest/} and of the run folder that differ from the record, as sentences
 */
public record PublishedBasis(Optional<PublishedRecord> record, Optional<Path> intact, boolean latestIntact,
        List<String> findings) {

    public PublishedBasis {
        findings = List.copyOf(findings);
    }

    /** The basis of a job's next run in an output folder. */
    public static PublishedBasis of(PublishedRecords records, Path outputDir, String job) {
        Path jobFolder = outputDir.resolve(job);
        Optional<PublishedRecord> newest = records.newest(outputDir, job);
        if (newest.isEmpty()) {
            return new PublishedBasis(Optional.empty(), Optional.empty(), false, List.of());
        }
        PublishedRecord run = newest.get();
        Path latest = jobFolder.resolve("latest");
        Path folder = jobFolder.resolve("runs").resolve(run.runId());
        List<String> findings = new ArrayList<>(describe(latest, run));
        if (findings.isEmpty()) {
            return new PublishedBasis(newest, Optional.of(latest), true, List.of());
        }
        List<String> inFolder = describe(folder, run);
        findings.addAll(inFolder);
        return new PublishedBasis(newest, inFolder.isEmpty() ? Optional.of(folder) : Optional.empty(), false,
                findings);
    }

    /** The run id of the basis, for the job parameters: {@link RunParameters#NO_BASIS} when none is recorded. */
    public String runId() {
        return record.map(PublishedRecord::runId).orElse(RunParameters.NO_BASIS);
    }

    /** The fingerprint of the recorded run, read from a folder that shows it as published; empty when none does. */
    public Optional<String> fingerprint() {
        if (intact.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Manifest.readIn(intact.get()).content().parameters().fingerprint());
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Makes {@code latest/} show the recorded run again, copied from its intact run folder.
     *
     * @return the sentence that says so, empty when {@code latest/} was intact or no intact copy exists
     */
    public Optional<String> restoreLatest(Path outputDir, String job) {
        if (latestIntact || intact.isEmpty()) {
            return Optional.empty();
        }
        Path jobFolder = outputDir.resolve(job);
        new LatestFolder(jobFolder).restore(intact.get(), record.get().runId());
        return Optional.of("put back " + jobFolder.resolve("latest") + "/ from " + intact.get() + "/, which is as run "
                + record.get().runId() + " published it");
    }

    /** {@code output/arrivals/latest/tables/yearly.csv was changed after run R published it}, one per file. */
    private static List<String> describe(Path folder, PublishedRecord run) {
        List<RunFolderCheck.Finding> found;
        try {
            found = RecordCheck.check(folder, run);
        }
        catch (IOException e) {
            return List.of(folder + ": " + e.getMessage());
        }
        return found.stream().map(f -> sentence(folder, f, run.runId())).toList();
    }

    private static String sentence(Path folder, RunFolderCheck.Finding finding, String runId) {
        Path file = finding.file().isEmpty() ? folder : folder.resolve(finding.file());
        return switch (finding.what()) {
            case "changed" -> file + " was changed after run " + runId + " published it";
            case "removed" -> file + " was removed after run " + runId + " published it";
            default -> file + " was added after run " + runId + " published its folder";
        };
    }
}
