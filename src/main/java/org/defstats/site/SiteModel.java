package org.defstats.site;

import java.util.List;

import org.defstats.text.Messages;

/**
 * What the site's pages show, every text and link already made: {@code output/index.html} ({@link Index}) and each
 * job's {@code output/JOB/index.html} ({@link JobPage}). The templates ({@code src/main/jte/site/}) only lay it out,
 * escaping every text; {@link SiteModels} builds it, once per language of the site. A link is relative to the page,
 * and empty where there is nothing published to link to. Words are from the page's catalogue; what a run said of
 * itself ({@code message}) is as the run wrote it, in English.
 */
public record SiteModel(Index index, List<JobPage> pages) {

    public SiteModel {
        pages = List.copyOf(pages);
    }

    /**
     * The language of a page and its words.
     *
     * @param lang       its language code, for {@code <html lang>}
     * @param text       the report catalogue in that language
     * @param file       the page's name in its folder, {@code index.html} or {@code index.LANG.html}
     * @param alternates the pages of every language of the site, this one's included
     * @param font       the rule embedding the Korean glyphs the page uses, or none
     */
    public record Page(String lang, Messages text, String file, List<Alternate> alternates, gg.jte.Content font) {

        public Page {
            alternates = List.copyOf(alternates);
        }

        Page withFont(gg.jte.Content other) {
            return new Page(lang, text, file, alternates, other);
        }
    }

    /** A language's page: its code, its name in itself, the link, and whether it is the page showing. */
    public record Alternate(String code, String name, String href, boolean current) {
    }

    /** @param updatedAt when the pages were written, UTC */
    public record Index(Page page, String updatedAt, List<JobRow> jobs) {

        public Index {
            jobs = List.copyOf(jobs);
        }

        Index withFont(gg.jte.Content font) {
            return new Index(page.withFont(font), updatedAt, jobs);
        }
    }

    /**
     * A job on the index.
     *
     * @param status        {@code published}, {@code current}, {@code failed}, {@code stopped}, or {@code none}
     *                      before its first run
     * @param message       what its last run came to, in the page's language
     * @param detail        what a failed run said of its failure, as it said it (in English); empty for others
     * @param lastRunAt     when its last run ended, UTC; empty when unknown
     * @param latestRunId   the newest run the job repository records as published, empty when none
     * @param latestReport  its report in the page's language or else report.html, {@code JOB/latest/report.html},
     *                      empty when latest/ does not show that run
     * @param history       its page of runs in the page's language
     * @param nextFireTime  the next fire time of its cron in its zone, empty when it has no schedule
     */
    public record JobRow(String name, String description, String status, String message, String detail,
            String lastRunAt,
            String latestRunId, String latestReport, String history, String nextFireTime, List<Thumbnail> charts) {

        public JobRow {
            charts = List.copyOf(charts);
        }
    }

    /** A chart of the newest published run: its PNG in latest/charts (or latest/charts/LANG), relative to the index. */
    public record Thumbnail(String name, String src) {
    }

    /** A job's page of runs, newest first. */
    public record JobPage(Page page, String name, String description, String status, String message, String detail,
            List<RunRow> runs) {

        public JobPage {
            runs = List.copyOf(runs);
        }

        JobPage withFont(gg.jte.Content font) {
            return new JobPage(page.withFont(font), name, description, status, message, detail, runs);
        }
    }

    /**
     * A published run.
     *
     * @param report {@code runs/RUN_ID/report.html} (or its report in the page's language), empty when its folder is
     *               gone, was changed or has no report
     * @param latest whether latest/ shows it
     */
    public record RunRow(String runId, String startedAt, long revisions, String report, boolean latest) {
    }
}
