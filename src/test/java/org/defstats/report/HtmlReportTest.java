package org.defstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.defstats.output.OutputFile;
import org.defstats.publish.Revisions;
import org.junit.jupiter.api.Test;

/** report.html as the template writes it: text from job files escaped, the chart inline, well-formed. */
class HtmlReportTest {

    private static String render(String description, String source) {
        OutputFile report = new HtmlReport(description, ReportFixtures.SPECS).write(ReportFixtures.run(source,
                List.of()), ReportFixtures.outputs(), Revisions.none(), ReportFixtures.BUILD);
        assertThat(report.path()).isEqualTo("report.html");
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
                "<span class=\"unit\">persons</span>")
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
}
