package org.defstats.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.defstats.report.KoreanFont;
import org.defstats.schedule.FireTimes;
import org.defstats.text.Messages;

/**
 * Builds the {@link SiteModel} of one language of the site from what is known of each job: its job file, its last
 * outcome, the runs the job repository records as published and whether their folders are as recorded
 * ({@link SiteFacts}). Jobs are listed by name, runs newest first. Only a recorded run is ever linked, and only to a
 * folder that is as recorded.
 */
final class SiteModels {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    /** The status of a job that has not run in this output folder. */
    static final String NONE = "none";

    private SiteModels() {
    }

    /**
     * What is known of a job.
     *
     * @param runs   its runs recorded as published, newest first
     * @param latest what latest/ shows, when it shows the newest of them as recorded
     */
    record JobFacts(SiteJob job, Optional<JobOutcome> outcome, List<Published> runs, Optional<Latest> latest) {

        JobFacts {
            runs = List.copyOf(runs);
        }
    }

    /**
     * A run the job repository records as published.
     *
     * @param startedAt null when its manifest is not as recorded
     * @param reports   its reports (report.html, report.LANG.html) that are in its folder as recorded; none when
     *                  the folder's manifest is not as recorded
     */
    record Published(String runId, Instant startedAt, long revisions, Set<String> reports) {

        Published {
            reports = Set.copyOf(reports);
        }
    }

    /**
     * What latest/ shows: the job's newest recorded run, and those of its reports and PNG charts that are there as
     * recorded, in the manifest's order.
     */
    record Latest(String runId, Set<String> files) {

        Latest {
            files = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(files));
        }
    }

    /** The languages of the site for these jobs: English, and each a job's latest/ has a report in. */
    static List<org.defstats.text.Language> languages(List<JobFacts> jobs) {
        return SiteLanguage.of(jobs.stream().map(f -> f.latest().map(Latest::files).orElse(Set.of())).toList());
    }

    /** The English pages, for a site of English only. */
    static SiteModel of(List<JobFacts> jobs, Instant now) {
        return of(jobs, now, SiteLanguage.of(SiteLanguage.FIRST, List.of(SiteLanguage.FIRST)));
    }

    static SiteModel of(List<JobFacts> jobs, Instant now, SiteLanguage language) {
        List<SiteModel.JobRow> rows = new ArrayList<>();
        List<SiteModel.JobPage> pages = new ArrayList<>();
        SiteModel.Page page = new SiteModel.Page(language.language().code(), language.text(), language.index(),
                language.alternates(), KoreanFont.none());
        for (JobFacts facts : jobs.stream().sorted(Comparator.comparing(f -> f.job().name())).toList()) {
            rows.add(row(facts, now, language));
            pages.add(page(facts, page, language));
        }
        return new SiteModel(new SiteModel.Index(page, UTC.format(now), rows), pages);
    }

    private static SiteModel.JobRow row(JobFacts facts, Instant now, SiteLanguage language) {
        String name = facts.job().name();
        Status status = status(facts, language.text());
        String latestRunId = facts.runs().isEmpty() ? "" : facts.runs().get(0).runId();
        Optional<Latest> latest = facts.latest().filter(l -> l.runId().equals(latestRunId));
        String report = latest.map(l -> language.report(l.files())).orElse("");
        return new SiteModel.JobRow(name, facts.job().description(), status.status(), status.message(), status.detail(),
                status.at(), latestRunId, report.isEmpty() ? "" : name + "/latest/" + report,
                name + "/" + language.index(), nextFireTime(facts.job(), now, language.text()),
                latest.map(l -> language.charts(l.files()).stream().map(chart -> new SiteModel.Thumbnail(
                        SiteLanguage.chartName(chart), name + "/latest/" + chart)).toList()).orElse(List.of()));
    }

    private static SiteModel.JobPage page(JobFacts facts, SiteModel.Page page, SiteLanguage language) {
        String latest = facts.latest().map(Latest::runId).orElse("");
        Status status = status(facts, language.text());
        return new SiteModel.JobPage(page, facts.job().name(), facts.job().description(), status.status(),
                status.message(), status.detail(),
                facts.runs().stream().map(run -> {
                    String report = language.report(run.reports());
                    return new SiteModel.RunRow(run.runId(),
                            run.startedAt() == null ? "" : UTC.format(run.startedAt()), run.revisions(),
                            report.isEmpty() ? "" : "runs/" + run.runId() + "/" + report, run.runId().equals(latest));
                }).toList());
    }

    /**
     * A job's status; what its last run came to in the page's words; the detail of a failure as the run gave it
     * (English, empty for other outcomes); and when its last run ended.
     */
    private record Status(String status, String message, String detail, String at) {
    }

    /** The text of a failure before its detail, as {@link JobOutcome#of} writes it. */
    private static final String FAILED_PREFIX = "nothing published: ";

    private static Status status(JobFacts facts, Messages text) {
        if (facts.outcome().isPresent()) {
            JobOutcome outcome = facts.outcome().get();
            boolean claimsPublished = outcome.status().equals(JobOutcome.PUBLISHED)
                    || outcome.status().equals(JobOutcome.CURRENT);
            Optional<Published> recorded = facts.runs().stream().filter(r -> r.runId().equals(outcome.runId()))
                    .findFirst();
            String at = outcome.at() == null ? "" : UTC.format(outcome.at());
            String runId = outcome.runId() == null ? "" : outcome.runId();
            String message = outcome.message() == null ? "" : outcome.message();
            String note = claimsPublished && recorded.isEmpty() ? " " + text.get("site.not-recorded") : "";
            return switch (outcome.status()) {
                case JobOutcome.PUBLISHED -> new Status(outcome.status(), published(runId,
                        recorded.map(Published::revisions).orElse(0L), text) + note, "", at);
                case JobOutcome.CURRENT -> new Status(outcome.status(), text.get("site.outcome.current", runId) + note,
                        "", at);
                case JobOutcome.STOPPED -> new Status(outcome.status(), text.get("site.outcome.stopped", runId), "",
                        at);
                case JobOutcome.FAILED -> new Status(outcome.status(), text.get("site.outcome.failed"),
                        message.startsWith(FAILED_PREFIX) ? message.substring(FAILED_PREFIX.length()) : message, at);
                default -> new Status(outcome.status(), "", message, at);
            };
        }
        if (!facts.runs().isEmpty()) {
            Published newest = facts.runs().get(0);
            return new Status(JobOutcome.PUBLISHED, text.get("site.published-run", newest.runId()), "",
                    newest.startedAt() == null ? "" : UTC.format(newest.startedAt()));
        }
        return new Status(NONE, text.get("site.not-run"), "", "");
    }

    /** "published run ID", and how many figures it revised when it did. */
    private static String published(String runId, long revisions, Messages text) {
        String published = text.get("site.published-run", runId);
        return revisions == 0 ? published : published + text.get(revisions == 1 ? "site.outcome.revised-one"
                : "site.outcome.revised", revisions);
    }

    /** The next fire time of the job's cron after now, in its zone; empty without a schedule. */
    static String nextFireTime(SiteJob job, Instant now, Messages text) {
        if (job.cron() == null || job.zone() == null) {
            return "";
        }
        java.time.ZoneId zone = java.time.ZoneId.of(job.zone());
        return new FireTimes(job.cron(), zone).next(now).map(next -> ZONED.format(next.atZone(zone)))
                .orElse(text.get("site.never"));
    }
}
