package org.defstats.site;

import java.util.List;

/**
 * What the site's pages show, every text and link already made: {@code output/index.html} ({@link Index}) and each
 * job's {@code output/JOB/index.html} ({@link JobPage}). The templates ({@code src/main/jte/site/}) only lay it out,
 * escaping every text; {@link SiteModels} builds it. A link is relative to the page, and empty where there is
 * nothing published to link to.
 */
public record SiteModel(Index index, List<JobPage> pages) {

    public SiteModel {
        pages = List.copyOf(pages);
    }

    /** @param updatedAt when the pages were written, UTC */
    public record Index(String updatedAt, List<JobRow> jobs) {

        public Index {
            jobs = List.copyOf(jobs);
        }
    }

    /**
     * A job on the index.
     *
     * @param status        {@code published}, {@code current}, {@code failed}, {@code stopped}, or {@code none}
     *                      before its first run
     * @param message       what its last run came to, in words
     * @param lastRunAt     when its last run ended, UTC; empty when unknown
     * @param latestRunId   the newest run the job repository records as published, empty when none
     * @param latestReport  its report, {@code JOB/latest/report.html}, empty when latest/ does not show that run
     * @param nextFireTime  the next fire time of its cron in its zone, empty when it has no schedule
     */
    public record JobRow(String name, String description, String status, String message, String lastRunAt,
            String latestRunId, String latestReport, String history, String nextFireTime, List<Thumbnail> charts) {

        public JobRow {
            charts = List.copyOf(charts);
        }
    }

    /** A chart of the newest published run: its PNG in latest/charts, relative to the index. */
    public record Thumbnail(String name, String src) {
    }

    /** A job's page of runs, newest first. */
    public record JobPage(String name, String description, String status, String message, List<RunRow> runs) {

        public JobPage {
            runs = List.copyOf(runs);
        }
    }

    /**
     * A published run.
     *
     * @param report {@code runs/RUN_ID/report.html}, empty when its folder is gone, was changed or has no report
     * @param latest whether latest/ shows it
     */
    public record RunRow(String runId, String startedAt, long revisions, String report, boolean latest) {
    }
}
