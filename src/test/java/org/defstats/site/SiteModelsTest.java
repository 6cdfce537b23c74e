package org.defstats.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.defstats.runs.RunOutcome;
import org.junit.jupiter.api.Test;

/** The model behind the site's pages: status and its message, order, links only to what was published, escaping. */
class SiteModelsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final SiteJob ARRIVALS = new SiteJob("arrivals", "Arrivals per year", "0 30 2 * * *", "Asia/Seoul");
    private static final SiteModels.Published NEWEST = new SiteModels.Published("20261203T090000Z-5",
            Instant.parse("2026-12-03T09:00:00Z"), 18, true);
    private static final SiteModels.Published OLDER = new SiteModels.Published("20261202T090000Z-2",
            Instant.parse("2026-12-02T09:00:00Z"), 0, true);

    @Test
    void aFailedRunShowsFailedWithItsMessageAndTheLatestPublishedRunStillLinked() {
        JobOutcome failed = JobOutcome.of(new RunOutcome.Failed("arrivals", "20261203T095900Z-6", "the disk is full",
                List.of(), 0, null, null), NOW).orElseThrow();

        SiteModel.JobRow row = SiteModels.of(List.of(new SiteModels.JobFacts(ARRIVALS, Optional.of(failed),
                List.of(NEWEST, OLDER), Optional.of(new SiteModels.Latest(NEWEST.runId(), true,
                        List.of("arrivals"))))), NOW).index().jobs().get(0);

        assertThat(row.status()).isEqualTo("failed");
        assertThat(row.message()).isEqualTo("nothing published: the disk is full");
        assertThat(row.lastRunAt()).isEqualTo("2026-12-03 10:00:00 UTC");
        assertThat(row.latestRunId()).isEqualTo(NEWEST.runId());
        assertThat(row.latestReport()).isEqualTo("arrivals/latest/report.html");
        assertThat(row.charts()).containsExactly(new SiteModel.Thumbnail("arrivals",
                "arrivals/latest/charts/arrivals.png"));
    }

    @Test
    void jobsAreListedByNameAndRunsNewestFirstWithTheirRevisions() {
        SiteModel site = SiteModels.of(List.of(
                new SiteModels.JobFacts(new SiteJob("stocks", "", null, null), Optional.empty(), List.of(),
                        Optional.empty()),
                new SiteModels.JobFacts(ARRIVALS, Optional.empty(), List.of(NEWEST, OLDER), Optional.empty())), NOW);

        assertThat(site.index().jobs()).extracting(SiteModel.JobRow::name).containsExactly("arrivals", "stocks");
        SiteModel.JobRow stocks = site.index().jobs().get(1);
        assertThat(stocks.status()).isEqualTo("none");
        assertThat(stocks.message()).isEqualTo("not run yet");
        assertThat(stocks.nextFireTime()).as("no schedule").isEmpty();
        SiteModel.JobRow arrivals = site.index().jobs().get(0);
        assertThat(arrivals.status()).as("no outcome kept: what the record says").isEqualTo("published");
        assertThat(arrivals.message()).isEqualTo("published run " + NEWEST.runId());
        assertThat(arrivals.latestReport()).as("latest/ does not show the newest run").isEmpty();
        assertThat(arrivals.charts()).isEmpty();
        SiteModel.JobPage page = site.pages().get(0);
        assertThat(page.runs()).extracting(SiteModel.RunRow::runId, SiteModel.RunRow::revisions,
                SiteModel.RunRow::report).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NEWEST.runId(), 18L, "runs/20261203T090000Z-5/report.html"),
                        org.assertj.core.groups.Tuple.tuple(OLDER.runId(), 0L, "runs/20261202T090000Z-2/report.html"));
    }

    @Test
    void aRunWhoseFolderIsNotAsRecordedIsListedWithoutALink() {
        SiteModels.Published changed = new SiteModels.Published(NEWEST.runId(), null, 0, false);

        SiteModel.RunRow run = SiteModels.of(List.of(new SiteModels.JobFacts(ARRIVALS, Optional.empty(),
                List.of(changed), Optional.empty())), NOW).pages().get(0).runs().get(0);

        assertThat(run.report()).isEmpty();
        assertThat(run.startedAt()).isEmpty();
    }

    @Test
    void anOutcomeNamingARunTheRecordDoesNotHaveSaysSo() {
        JobOutcome current = JobOutcome.of(new RunOutcome.Current("arrivals", "20261203T080000Z-1", null), NOW)
                .orElseThrow();

        SiteModel.JobRow row = SiteModels.of(List.of(new SiteModels.JobFacts(ARRIVALS, Optional.of(current),
                List.of(NEWEST), Optional.empty())), NOW).index().jobs().get(0);

        assertThat(row.status()).isEqualTo("current");
        assertThat(row.message()).endsWith("(the job repository records no such publication here)");
    }

    @Test
    void theNextFireTimeIsTheCronsNextInItsZone() {
        assertThat(SiteModels.nextFireTime(ARRIVALS, NOW)).as("10:00 UTC is 19:00 in Seoul")
                .isEqualTo("2026-12-04 02:30:00 +09:00");
        assertThat(SiteModels.nextFireTime(ARRIVALS, Instant.parse("2026-12-03T17:00:00Z")))
                .isEqualTo("2026-12-04 02:30:00 +09:00");
        assertThat(SiteModels.nextFireTime(ARRIVALS, Instant.parse("2026-12-03T17:30:00Z")))
                .isEqualTo("2026-12-05 02:30:00 +09:00");
        assertThat(SiteModels.nextFireTime(new SiteJob("a", "", "0 0 0 29 2 * ", "UTC"), NOW))
                .isEqualTo("2028-02-29 00:00:00 +00:00");
    }

    @Test
    void aBusyJobKeepsItsLastOutcomeAndAStoppedOneSaysHowToRestart() {
        assertThat(JobOutcome.of(new RunOutcome.Busy("arrivals"), NOW)).isEmpty();
        assertThat(JobOutcome.of(new RunOutcome.Stopped("arrivals", "20261203T095900Z-6"), NOW).orElseThrow())
                .isEqualTo(new JobOutcome("arrivals", "stopped", "20261203T095900Z-6",
                        "stopped, nothing published; restart it with: defstats restart 20261203T095900Z-6", NOW));
    }

    @Test
    void aHostileDescriptionIsEscapedOnBothPages() {
        SiteJob hostile = new SiteJob("arrivals", "<script>alert(1)</script><img src=x onerror=alert(2)> & \"q\"",
                null, null);
        SiteModel site = SiteModels.of(List.of(new SiteModels.JobFacts(hostile, Optional.empty(), List.of(NEWEST),
                Optional.of(new SiteModels.Latest(NEWEST.runId(), true, List.of("arrivals"))))), NOW);

        String index = new String(SiteWriter.render("site/index.jte", site.index()), StandardCharsets.UTF_8);
        String page = new String(SiteWriter.render("site/job.jte", site.pages().get(0)), StandardCharsets.UTF_8);

        for (String html : List.of(index, page)) {
            assertThat(html).doesNotContain("<script", "<img src=x")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; \"q\"");
        }
        assertThat(index).contains("<a href=\"arrivals/latest/report.html\">",
                "<img src=\"arrivals/latest/charts/arrivals.png\"", "<a href=\"arrivals/index.html\">");
        assertThat(page).contains("<a href=\"runs/20261203T090000Z-5/report.html\">", "<a href=\"../index.html\">");
        assertThat(index).as("self-contained").doesNotContain("http:", "https:", "<link", "<script");
    }
}
