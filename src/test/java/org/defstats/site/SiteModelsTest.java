package org.defstats.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.defstats.report.HtmlReport;
import org.defstats.runs.RunOutcome;
import org.defstats.text.Language;
import org.defstats.text.Messages;
import org.junit.jupiter.api.Test;

/** The model behind the site's pages: status and its message, order, links only to what was published, escaping. */
class SiteModelsTest {

    private static final Messages EN = Messages.of(HtmlReport.class, Language.EN);
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final SiteJob ARRIVALS = new SiteJob("arrivals", "Arrivals per year", "0 30 2 * * *", "Asia/Seoul");
    private static final SiteModels.Published NEWEST = new SiteModels.Published("20261203T090000Z-5",
            Instant.parse("2026-12-03T09:00:00Z"), 18, Set.of("report.html", "report.ko.html"));
    private static final SiteModels.Published OLDER = new SiteModels.Published("20261202T090000Z-2",
            Instant.parse("2026-12-02T09:00:00Z"), 0, Set.of("report.html"));
    private static final Set<String> LATEST_FILES = new LinkedHashSet<>(List.of("report.html", "report.ko.html",
            "charts/arrivals.png", "charts/ko/arrivals.png"));

    @Test
    void aFailedRunShowsFailedWithItsMessageAndTheLatestPublishedRunStillLinked() {
        JobOutcome failed = JobOutcome.of(new RunOutcome.Failed("arrivals", "20261203T095900Z-6", "the disk is full",
                List.of(), 0, null, null), NOW).orElseThrow();

        SiteModel.JobRow row = SiteModels.of(List.of(new SiteModels.JobFacts(ARRIVALS, Optional.of(failed),
                List.of(NEWEST, OLDER), Optional.of(new SiteModels.Latest(NEWEST.runId(),
                        LATEST_FILES)))), NOW).index().jobs().get(0);

        assertThat(row.status()).isEqualTo("failed");
        assertThat(row.message()).isEqualTo("nothing published:");
        assertThat(row.detail()).isEqualTo("the disk is full");
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
        SiteModels.Published changed = new SiteModels.Published(NEWEST.runId(), null, 0, Set.of());

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
        assertThat(row.message()).isEqualTo("inputs and settings unchanged since run 20261203T080000Z-1 "
                + "(the job repository records no such publication here)");
    }

    @Test
    void theNextFireTimeIsTheCronsNextInItsZone() {
        assertThat(SiteModels.nextFireTime(ARRIVALS, NOW, EN)).as("10:00 UTC is 19:00 in Seoul")
                .isEqualTo("2026-12-04 02:30:00 +09:00");
        assertThat(SiteModels.nextFireTime(ARRIVALS, Instant.parse("2026-12-03T17:00:00Z"), EN))
                .isEqualTo("2026-12-04 02:30:00 +09:00");
        assertThat(SiteModels.nextFireTime(ARRIVALS, Instant.parse("2026-12-03T17:30:00Z"), EN))
                .isEqualTo("2026-12-05 02:30:00 +09:00");
        assertThat(SiteModels.nextFireTime(new SiteJob("a", "", "0 0 0 29 2 * ", "UTC"), NOW, EN))
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
                Optional.of(new SiteModels.Latest(NEWEST.runId(), LATEST_FILES)))), NOW);

        String index = new String(SiteWriter.render(site.index()), StandardCharsets.UTF_8);
        String page = new String(SiteWriter.render(site.pages().get(0)), StandardCharsets.UTF_8);

        for (String html : List.of(index, page)) {
            assertThat(html).doesNotContain("<script", "<img src=x")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; \"q\"");
        }
        assertThat(index).contains("<a href=\"arrivals/latest/report.html\">",
                "<img src=\"arrivals/latest/charts/arrivals.png\"", "<a href=\"arrivals/index.html\">");
        assertThat(page).contains("<a href=\"runs/20261203T090000Z-5/report.html\">", "<a href=\"../index.html\">");
        assertThat(index).as("self-contained").doesNotContain("http:", "https:", "<link", "<script");
    }

    @Test
    void theSiteIsInKoreanToWhenAJobsLatestRunHasAKoreanReport() {
        SiteModels.JobFacts arrivals = new SiteModels.JobFacts(ARRIVALS, Optional.empty(), List.of(NEWEST, OLDER),
                Optional.of(new SiteModels.Latest(NEWEST.runId(), LATEST_FILES)));
        SiteModels.JobFacts english = new SiteModels.JobFacts(new SiteJob("stocks", "", null, null), Optional.empty(),
                List.of(OLDER), Optional.of(new SiteModels.Latest(OLDER.runId(), Set.of("report.html",
                        "charts/flows.png"))));

        assertThat(SiteModels.languages(List.of(english))).containsExactly(Language.EN);
        List<Language> languages = SiteModels.languages(List.of(arrivals, english));
        assertThat(languages).containsExactly(Language.EN, Language.KO);

        SiteModel korean = SiteModels.of(List.of(arrivals, english), NOW, SiteLanguage.of(Language.KO, languages));
        assertThat(korean.index().page().file()).isEqualTo("index.ko.html");
        SiteModel.JobRow row = korean.index().jobs().get(0);
        assertThat(row.latestReport()).isEqualTo("arrivals/latest/report.ko.html");
        assertThat(row.history()).isEqualTo("arrivals/index.ko.html");
        assertThat(row.message()).isEqualTo("실행 20261203T090000Z-5 발표됨");
        assertThat(row.charts()).containsExactly(new SiteModel.Thumbnail("arrivals",
                "arrivals/latest/charts/ko/arrivals.png"));
        SiteModel.JobRow stocks = korean.index().jobs().get(1);
        assertThat(stocks.latestReport()).as("no Korean report: the first language's").isEqualTo(
                "stocks/latest/report.html");
        assertThat(stocks.charts()).extracting(SiteModel.Thumbnail::src).containsExactly(
                "stocks/latest/charts/flows.png");
        assertThat(korean.pages().get(0).runs()).extracting(SiteModel.RunRow::report).containsExactly(
                "runs/20261203T090000Z-5/report.ko.html", "runs/20261202T090000Z-2/report.html");

        String index = new String(SiteWriter.render(korean.index()), StandardCharsets.UTF_8);
        String page = new String(SiteWriter.render(korean.pages().get(0)), StandardCharsets.UTF_8);
        assertThat(index).contains("<html lang=\"ko\">", "<th>작업</th>", "발표됨", "모든 실행",
                "<a lang=\"en\" hreflang=\"en\" href=\"index.html\">English</a>",
                "<span lang=\"ko\" aria-current=\"page\">한국어</span>", "@font-face { font-family: 'NanumGothic'")
                .doesNotContain("every run", "charts of the latest run", "not scheduled");
        assertThat(page).contains("<a href=\"../index.ko.html\">모든 작업</a>", "<th>수정된 수치</th>",
                "<a href=\"runs/20261203T090000Z-5/report.ko.html\">report.ko.html</a>",
                "<a lang=\"en\" hreflang=\"en\" href=\"index.html\">English</a>").doesNotContain("every job");

        SiteModel englishSite = SiteModels.of(List.of(arrivals, english), NOW, SiteLanguage.of(Language.EN,
                languages));
        assertThat(englishSite.index().jobs().get(0).latestReport()).isEqualTo("arrivals/latest/report.html");
        assertThat(new String(SiteWriter.render(englishSite.index()), StandardCharsets.UTF_8))
                .contains("<a lang=\"ko\" hreflang=\"ko\" href=\"index.ko.html\">한국어</a>");
    }

    @Test
    void theKoreanPagesGoWhenNoJobPublishesKoreanAnyMore(@org.junit.jupiter.api.io.TempDir java.nio.file.Path output)
            throws java.io.IOException {
        SiteModels.JobFacts korean = new SiteModels.JobFacts(ARRIVALS, Optional.empty(), List.of(NEWEST),
                Optional.of(new SiteModels.Latest(NEWEST.runId(), LATEST_FILES)));
        SiteModels.JobFacts english = new SiteModels.JobFacts(ARRIVALS, Optional.empty(), List.of(OLDER),
                Optional.of(new SiteModels.Latest(OLDER.runId(), Set.of("report.html"))));
        List<Language> both = SiteModels.languages(List.of(korean));
        SiteWriter.write(output, both.stream().map(l -> SiteModels.of(List.of(korean), NOW,
                SiteLanguage.of(l, both))).toList());
        assertThat(output.resolve("index.ko.html")).isRegularFile();
        assertThat(output.resolve("arrivals/index.ko.html")).isRegularFile();

        SiteWriter.write(output, List.of(SiteModels.of(List.of(english), NOW)));

        assertThat(output.resolve("index.ko.html")).doesNotExist();
        assertThat(output.resolve("arrivals/index.ko.html")).doesNotExist();
        assertThat(java.nio.file.Files.readString(output.resolve("index.html"))).doesNotContain("index.ko.html");
    }
}
