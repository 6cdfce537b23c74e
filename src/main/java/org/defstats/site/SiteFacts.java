package org.defstats.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.defstats.io.Sha256;
import org.defstats.publish.Manifest;
import org.defstats.publish.PublishedRecord;
import org.defstats.publish.PublishedRecords;
import org.defstats.publish.RunManifest;
import org.defstats.report.HtmlReport;

/**
 * Finds what the site shows of each job of an output folder: the jobs of the job files, of the job repository's
 * record and of the outcome files; each job's runs recorded as published, and which of their folders (and
 * {@code latest/}) are as recorded, judged by the SHA-256 of the manifest the record holds. Only names a job file
 * could give and run ids of the form defstats makes become paths, so a forged record cannot lead outside.
 */
final class SiteFacts {

    private static final Pattern RUN_ID = Pattern.compile("[0-9]{8}T[0-9]{6}Z-[0-9]+");

    private SiteFacts() {
    }

    static List<SiteModels.JobFacts> of(Path output, List<SiteJob> jobs, PublishedRecords records) {
        TreeSet<String> names = new TreeSet<>();
        jobs.forEach(job -> names.add(job.name()));
        names.addAll(records.jobs(output));
        names.addAll(JobOutcomes.jobs(output));
        List<SiteModels.JobFacts> facts = new ArrayList<>();
        for (String name : names) {
            if (!SiteJob.validName(name)) {
                continue;
            }
            SiteJob job = jobs.stream().filter(j -> j.name().equals(name)).findFirst()
                    .orElse(new SiteJob(name, "", null, null));
            List<PublishedRecord> recorded = records.runs(output, name).stream()
                    .filter(r -> RUN_ID.matcher(r.runId()).matches()).toList();
            Path folder = output.resolve(name);
            List<SiteModels.Published> runs = recorded.stream()
                    .map(r -> published(folder.resolve("runs").resolve(r.runId()), r)).toList();
            Optional<SiteModels.Latest> latest = recorded.isEmpty() ? Optional.empty()
                    : latest(folder.resolve("latest"), recorded.get(0));
            facts.add(new SiteModels.JobFacts(job, JobOutcomes.read(output, name), runs, latest));
        }
        return facts;
    }

    private static SiteModels.Published published(Path folder, PublishedRecord record) {
        if (!asRecorded(folder, record)) {
            return new SiteModels.Published(record.runId(), null, 0, Set.of());
        }
        try {
            RunManifest manifest = Manifest.readIn(folder);
            Set<String> reports = new LinkedHashSet<>();
            for (RunManifest.Output file : record.files()) {
                if (HtmlReport.isReport(file.name()) && has(folder, record, file.name())) {
                    reports.add(file.name());
                }
            }
            return new SiteModels.Published(record.runId(), manifest.run().startedAt(),
                    manifest.run().revisions().count(), reports);
        }
        catch (IOException | RuntimeException e) {
            return new SiteModels.Published(record.runId(), null, 0, Set.of());
        }
    }

    private static Optional<SiteModels.Latest> latest(Path latest, PublishedRecord newest) {
        if (!asRecorded(latest, newest)) {
            return Optional.empty();
        }
        Set<String> files = new LinkedHashSet<>();
        for (RunManifest.Output file : newest.files()) {
            if (SiteLanguage.shown(file.name()) && has(latest, newest, file.name())) {
                files.add(file.name());
            }
        }
        return Optional.of(new SiteModels.Latest(newest.runId(), files));
    }

    /** Whether the folder's manifest is the one the record holds the SHA-256 of. */
    private static boolean asRecorded(Path folder, PublishedRecord record) {
        Path manifest = folder.resolve(Manifest.FILE);
        try {
            return Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)
                    && Sha256.of(manifest).equals(record.manifestSha256());
        }
        catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the record lists the file and it is in the folder, a file of the recorded size. */
    private static boolean has(Path folder, PublishedRecord record, String name) {
        Path file = folder.resolve(name);
        return record.files().stream().anyMatch(f -> {
            try {
                return f.name().equals(name) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && Files.size(file) == f.bytes();
            }
            catch (IOException e) {
                return false;
            }
        });
    }
}
