package org.defstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.defstats.output.OutputFile;
import org.defstats.publish.Revisions;
import org.defstats.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The reports as the template writes them: text from job files and catalogues escaped, the chart inline,
 * well-formed, one per language with the Korean glyphs it needs embedded.
 */
class HtmlReportTest {

    private static String render(String description, String source) {
        return render(description, source, Language.EN);
    }

    private static String render(String description, String source, Language language) {
        OutputFile report = new HtmlReport(description, ReportFixtures.SPECS, ReportFixtures.language(language))
                .write(ReportFixtures.run(source, List.of()), ReportFixtures.outputs(), Revisions.none(),
                        ReportFixtures.BUILD);
        assertThat(report.path()).isEqualTo(language == Language.EN ? "report.html" : "report.ko.html");
        return new String(report.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void textFromTheJobFileIsEscaped() {
        String html = render("<script>alert('description')</script>", "Source: <script>alert(\"source\")</script> & co");

        assertThat(html).doesNotContain("<script").contains("<p class=\"description\">&lt;script&gt;alert('description')&lt;/script&gt;</p>",
                "Source: &lt;script&gt;alert(\"source\")&lt;/script&gt; &amp; co");
        assertThat(SafeXml.parse(html.getBytes(StandardCharsets.UTF_8)).getElementsByTagName("script").getLength())
                .isZero();
    }

    @Test
    void theReportIsOneWellFormedFileWithItsChartInlineAndPrintRules() {
        String html = render("Arrivals per year", "Source: MOU");

        assertThat(SafeXml.parse(html.getBytes(StandardCharsets.UTF_8)).getElementsByTagName("svg").getLength())
                .isEqualTo(1);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("@page { size: A4;", "break-before: page",
                "break-inside: avoid", "<a href=\"charts/arrivals.png\">", "<a href=\"charts/arrivals.svg\">",
                "<td class=\"number\">1,418</td>", "<td class=\"empty\" title=\"not published\">–</td>",
                "<span class=\"unit\">persons</span>", "<span class=\"n\">n = 1,418</span>")
                .doesNotContain("<link", "<script", "@import", "src=\"http");
    }

    @Test
    void theRunsIdentityIsMarkedSoThatReplayCanLeaveItOut() {
        String html = render("d", "s");

        assertThat(html).contains("<span data-run-identity=\"\">20261122T021508Z-7</span>",
                "<span data-run-identity=\"\">2026-11-22T02:15:08Z</span>",
                "<span data-run-identity=\"\">0.1.0</span>",
                "<code data-run-identity=\"\">defstats replay 20261122T021508Z-7</code>");
        assertThat(html.replaceAll("<[^>]*data-run-identity[^>]*>[^<]*<", "<")).doesNotContain("20261122T021508Z-7");
    }

    @Test
    void theKoreanReportIsInKoreanWithItsLabelsEscaped() {
        String html = render("d", "s", Language.KO);

        assertThat(html).contains("<html lang=\"ko\">", "<h1>북한이탈주민 입국인원 현황</h1>", "<h2>그래프</h2>", "<h2>표</h2>",
                "<td class=\"text\">대학 이상</td>", "고등중학교 &lt;중등&gt;", "<span class=\"unit\">명</span>",
                "<a lang=\"en\" hreflang=\"en\" href=\"report.html\">English</a>",
                "<span lang=\"ko\" aria-current=\"page\">한국어</span>", "charts/ko/arrivals.svg")
                .doesNotContain("<h2>Charts</h2>", "고등중학교 <중등>", "\"charts/arrivals.svg\"");
        assertThat(render("d", "s")).contains("Secondary &lt;school&gt; &amp; more", "<h2>Charts</h2>",
                "<a lang=\"ko\" hreflang=\"ko\" href=\"report.ko.html\">한국어</a>");
        assertThat(SafeXml.parse(html.getBytes(StandardCharsets.UTF_8)).getElementsByTagName("svg").getLength())
                .isEqualTo(1);
    }

    @Test
    void aPageWithKoreanTextCarriesTheGlyphsOfItsHangulAndNothingElseFetched() {
        String korean = render("d", "s", Language.KO);
        Matcher rule = Pattern.compile("@font-face \\{ font-family: 'NanumGothic';[^}]*src: url\\(data:font/ttf;base64,"
                + "([A-Za-z0-9+/=]+)\\) format\\('truetype'\\); \\}").matcher(korean);

        assertThat(rule.find()).as("an @font-face rule with the font inline").isTrue();
        byte[] font = Base64.getDecoder().decode(rule.group(1));
        assertThat(font.length).as("a subset, not the 4.7 MB font").isBetween(1_000, 200_000);
        assertThat(korean).as("the same text gives the same subset").isEqualTo(render("d", "s", Language.KO));
        assertThat(render("d", "s")).as("the English page names 한국어, so it carries those glyphs")
                .contains("@font-face");
        assertThat(KoreanFont.forText("Arrivals, 1,418 – 78.7%").rule()).isEmpty();
        assertThat(HtmlReport.isReport("report.html")).isTrue();
        assertThat(HtmlReport.isReport("report.ko.html")).isTrue();
        assertThat(HtmlReport.isReport("report.xx.html")).isFalse();
        assertThat(HtmlReport.isReport("tables/report.ko.html")).isFalse();
    }

    @Test
    void theKoreanReportFramesWarningsAndSkippedLinesInKoreanAndKeepsTheirTextVerbatimAndEscaped() {
        OutputFile report = new HtmlReport("d", ReportFixtures.SPECS, ReportFixtures.language(Language.KO))
                .write(ReportFixtures.run("s", List.of(new org.defstats.csv.LineProblem("a<b>.csv", 5, 2, "4x74",
                        "number", "expected a number <like 1,418>"))), ReportFixtures.outputs(), Revisions.none(),
                        ReportFixtures.BUILD);
        String html = new String(report.bytes(), StandardCharsets.UTF_8);
        String warnings = html.substring(html.indexOf("<section id=\"warnings\">"),
                html.indexOf("</section>", html.indexOf("<section id=\"warnings\">")));

        assertThat(warnings).contains("<h2>경고와 건너뛴 행</h2>", "경고 1건", "<th scope=\"col\">위치</th>",
                "<td>yearly.csv:29:4</td><td><code>fell</code></td><td lang=\"en\">management fell from 551 to 550</td>",
                "<td>a&lt;b&gt;.csv:5:2</td>", "<td lang=\"en\">expected a number &lt;like 1,418&gt;</td>",
                "그대로(영어)")
                .doesNotContain("Warnings and skipped lines", "warnings about", "max-rejects let", "<like");
    }
}
