package org.defstats.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.defstats.jobs.JobDefinition;
import org.defstats.publish.PublishedRecords;
import org.defstats.runs.RunOutcome;
import org.defstats.text.Language;

/**
 * The site of an output folder: {@code index.html} listing every job with its status, last and next run, the
 * charts of its latest run and links to its report and its runs ({@code JOB/index.html}); and the same pages in each
 * further language a job publishes its report in ({@code index.ko.html}, {@code JOB/index.ko.html}, see
 * {@link SiteLanguage}). Rewritten after each run
 * by {@code run}, {@code restart} and {@code schedule}, from the job files, the outcome each job's last run came to,
 * and the job repository's record of what was published, never from a folder alone: a run the record does not have
 * is never linked.
 */
public final class Site {

    private final Path output;
    private final PublishedRecords records;

    /** @param records the job repository's record of the runs published in {@code output} */
    public Site(Path output, PublishedRecords records) {
        this.output = output;
        this.records = records;
    }

    /**
     * Keeps what became of each job (busy is not kept: the process that runs the job keeps its outcome) and rewrites
     * the site.
     *
     * @param jobs the jobs of the job files, kept for {@link #afterWithoutJobFiles}; a job known only from the job
     *             repository is listed too
     * @return why the site could not be written, empty when it was
     */
    public Optional<String> after(List<RunOutcome> outcomes, List<JobDefinition> jobs, Instant now) {
        List<SiteJob> known = jobs.stream().map(SiteJob::of).toList();
        try {
            JobOutcomes.writeJobs(output, known);
        }
        catch (IOException | RuntimeException e) {
            return Optional.of(problem(e));
        }
        return write(outcomes, known, now);
    }

    /**
     * As {@link #after}, with the jobs the last reading of the job files found: for {@code restart}, which reads
     * none, and a scheduler whose jobs folder holds a refused file.
     */
    public Optional<String> afterWithoutJobFiles(RunOutcome outcome, Instant now) {
        return write(List.of(outcome), JobOutcomes.readJobs(output), now);
    }

    private Optional<String> write(List<RunOutcome> outcomes, List<SiteJob> jobs, Instant now) {
        try {
            for (RunOutcome outcome : outcomes) {
                Optional<JobOutcome> kept = JobOutcome.of(outcome, now).filter(o -> SiteJob.validName(o.job()));
                if (kept.isPresent()) {
                    JobOutcomes.write(output, kept.get());
                }
            }
            List<SiteModels.JobFacts> facts = SiteFacts.of(output, jobs, records);
            List<Language> languages = SiteModels.languages(facts);
            SiteWriter.write(output, languages.stream()
                    .map(language -> SiteModels.of(facts, now, SiteLanguage.of(language, languages))).toList());
            return Optional.empty();
        }
        catch (IOException | RuntimeException e) {
            return Optional.of(problem(e));
        }
    }

    private String problem(Exception e) {
        return "cannot write the site " + output.resolve(SiteWriter.INDEX) + ": " + e.getMessage();
    }
}
