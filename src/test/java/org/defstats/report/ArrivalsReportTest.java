package org.defstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.defstats.cli.InProcessDefstats;
import org.defstats.io.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report.html of the shipped arrivals job, run end to end on the shipped input, read back as XML. */
class ArrivalsReportTest {

    @TempDir
    Path output;

    @Test
    void theReportHoldsTheFiguresChartsAndProvenanceOfTheRunAndFetchesNothing() throws Exception {
        InProcessDefstats defstats = new InProcessDefstats();
        assertThat(defstats.execute("run", "arrivals", "--input", "input", "--jobs", "jobs", "--output",
                output.toString())).as(defstats.err()).isZero();
        Path latest = output.resolve("arrivals/latest");
        byte[] bytes = Files.readAllBytes(latest.resolve("report.html"));
        String html = new String(bytes, StandardCharsets.UTF_8);
        Document report = SafeXml.parse(bytes);

        String total2016 = null;
        NodeList rows = report.getElementsByTagName("tr");
        for (int i = 0; i < rows.getLength(); i++) {
            NodeList cells = ((Element) rows.item(i)).getElementsByTagName("td");
            if (cells.getLength() == 8 && cells.item(0).getTextContent().equals("2016")) {
                total2016 = cells.item(3).getTextContent();
            }
        }
        assertThat(total2016).as("yearly.csv period=2016 total").isEqualTo("1,418");

        long svgCharts;
        try (Stream<Path> charts = Files.list(latest.resolve("charts"))) {
            svgCharts = charts.filter(c -> c.toString().endsWith(".svg")).count();
        }
        assertThat(svgCharts).isEqualTo(1);
        assertThat(report.getElementsByTagName("svg").getLength()).isEqualTo((int) svgCharts);
        assertThat(count(html, "<svg")).isEqualTo(svgCharts);

        Matcher web = Pattern.compile("https?://[^\"'\\s<>)]*").matcher(html);
        while (web.find()) {
            assertThat(web.group()).as("a web address in report.html")
                    .isIn("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink");
            assertThat(html.substring(Math.max(0, web.start() - 14), web.start())).as("before " + web.group())
                    .matches("(?s).*xmlns(:xlink)?=\"$");
        }

        assertThat(html).contains(Sha256.of(Path.of("input/mou-arrivals-by-year.csv")),
                "Arrivals per year and by sex", "Source: Ministry of Unification, Republic of Korea",
                "<a href=\"charts/arrivals.png\">", "<a href=\"tables/yearly.csv\">");
        JsonNode manifest = JsonMapper.builder().build().readTree(latest.resolve("manifest.json").toFile());
        String runId = manifest.at("/run/runId").asString();
        assertThat(html).contains("defstats replay " + runId);
        boolean listed = false;
        for (JsonNode file : manifest.at("/content/outputs")) {
            if (file.get("name").asString().equals("report.html")) {
                listed = file.get("sha256").asString().equals(Sha256.of(bytes));
            }
        }
        assertThat(listed).as("report.html listed in the manifest with its SHA-256").isTrue();
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
