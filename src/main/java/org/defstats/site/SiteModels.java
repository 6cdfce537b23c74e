package org.defstats.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.defstats.schedule.FireTimes;

/**
 * Builds the {@link SiteModel} from what is known of each job: its job file, its last outcome, the runs the job
 * repository records as published and whether their folders are as recorded ({@link SiteFacts}). Jobs are listed
 * by name, runs newest first. Only a recorded run is ever linked, and only to a folder that is as recorded.
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
     * @param intact    whether its folder's manifest is as recorded and its report.html is there
     */
    record Published(String runId, Instant startedAt, long revisions, boolean intact) {
    }

    /**
     * What latest/ shows: the job's newest recorded run, with its report (when it has one) and the PNG charts of its
     * first language ({@code charts/NAME.png}).
     */
    record Latest(String runId, boolean report, List<String> charts) {

        Latest {
            charts = List.copyOf(charts);
        }
    }

    static SiteModel of(List<JobFacts> jobs, Instant now) {
        List<SiteModel.JobRow> rows = new ArrayList<>();
        List<SiteModel.JobPage> pages = new ArrayList<>();
        for (JobFacts facts : jobs.stream().sorted(Comparator.comparing(f -> f.job().name())).toList()) {
            rows.add(row(facts, now));
            pages.add(page(facts));
        }
        return new SiteModel(new SiteModel.Index(UTC.format(now), rows), pages);
    }

    private static SiteModel.JobRow row(JobFacts facts, Instant now) {
        String name = facts.job().name();
        Status status = status(facts);
        String latestRunId = facts.runs().isEmpty() ? "" : facts.runs().get(0).runId();
        Optional<Latest> latest = facts.latest().filter(l -> l.runId().equals(latestRunId));
        return new SiteModel.JobRow(name, facts.job().description(), status.status(), status.message(), status.at(), latestRunId,
                latest.filter(Latest::report).map(l -> name + "/latest/report.html").orElse(""),
                name + "/index.html", nextFireTime(facts.job(), now),
                latest.map(l -> l.charts().stream().map(chart -> new SiteModel.Thumbnail(chart,
                        name + "/latest/charts/" + chart + ".png")).toList()).orElse(List.of()));
    }

    private static SiteModel.JobPage page(JobFacts facts) {
        String latest = facts.latest().map(Latest::runId).orElse("");
        Status status = status(facts);
        return new SiteModel.JobPage(facts.job().name(), facts.job().description(), status.status(), status.message(),
                facts.runs().stream().map(run -> new SiteModel.RunRow(run.runId(),
                        run.startedAt() == null ? "" : UTC.format(run.startedAt()), run.revisions(),
                        run.intact() ? "runs/" + run.runId() + "/report.html" : "", run.runId().equals(latest)))
                        .toList());
    }

    /** A job's status, its message and when its last run ended. */
    private record Status(String status, String message, String at) {
    }

    private static Status status(JobFacts facts) {
        if (facts.outcome().isPresent()) {
            JobOutcome outcome = facts.outcome().get();
            boolean claimsPublished = outcome.status().equals(JobOutcome.PUBLISHED)
                    || outcome.status().equals(JobOutcome.CURRENT);
            boolean recorded = facts.runs().stream().anyMatch(r -> r.runId().equals(outcome.runId()));
            String message = outcome.message() == null ? "" : outcome.message();
            return new Status(outcome.status(), claimsPublished && !recorded
                    ? message + " (the job repository records no such publication here)" : message,
                    outcome.at() == null ? "" : UTC.format(outcome.at()));
        }
        if (!facts.runs().isEmpty()) {
            Published newest = facts.runs().get(0);
            return new Status(JobOutcome.PUBLISHED, "published run " + newest.runId(),
                    newest.startedAt() == null ? "" : UTC.format(newest.startedAt()));
        }
        return new Status(NONE, "not run yet", "");
    }

    /** The next fire time of the job's cron after now, in its zone; empty without a schedule. */
    static String nextFireTime(SiteJob job, Instant now) {
        if (job.cron() == null || job.zone() == null) {
            return "";
        }
        java.time.ZoneId zone = java.time.ZoneId.of(job.zone());
        return new FireTimes(job.cron(), zone).next(now).map(next -> ZONED.format(next.atZone(zone)))
                .orElse("never (the cron does not fire again)");
    }
}
