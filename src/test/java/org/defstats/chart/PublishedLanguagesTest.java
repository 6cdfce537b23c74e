package org.defstats.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.defstats.cli.Defstats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The shipped jobs with {@code languages: [ko, en]} publish their charts in Korean at charts/ and in English at
 * charts/en/: the Korean SVGs hold the Korean titles, every Korean text is set in the shipped Korean font, the
 * English charts are the very bytes a job without {@code languages} publishes at charts/, and the tables do not
 * change. A job without the key publishes no language folder.
 */
class PublishedLanguagesTest {

    private static final Map<String, Map<String, String>> KOREAN_TITLES = Map.of(
            "arrivals", Map.of("arrivals", "북한이탈주민 입국인원 현황"),
            "education", Map.of("levels", "입국 시 학력별 비율(연도별)"),
            "stocks", Map.of("composition-occupation", "재북 직업, 기준 시점·성별 구성비",
                    "flows-age", "입국 시 연령, 기준 시점 간 변화"));

    @TempDir
    Path work;

    @Test
    void koreanFirstThenEnglishUnderEn() throws Exception {
        Path english = publish(work.resolve("default"), "");
        Path both = publish(work.resolve("both"), "languages: [ko, en]\n");

        for (String job : KOREAN_TITLES.keySet()) {
            Path defaultCharts = english.resolve(job + "/latest/charts");
            Path koreanCharts = both.resolve(job + "/latest/charts");
            assertThat(defaultCharts.resolve("en")).as("a default job has no language folder").doesNotExist();
            List<String> names = files(defaultCharts);
            assertThat(names).as(job).isNotEmpty();
            assertThat(files(koreanCharts)).as(job).isEqualTo(names);
            assertThat(files(koreanCharts.resolve("en"))).as(job).isEqualTo(names);
            for (String name : names) {
                assertThat(koreanCharts.resolve("en/" + name)).as(job + " en/" + name)
                        .hasSameBinaryContentAs(defaultCharts.resolve(name));
                assertThat(Files.readAllBytes(koreanCharts.resolve(name))).as(job + " " + name)
                        .isNotEqualTo(Files.readAllBytes(defaultCharts.resolve(name)));
            }
            for (String name : files(english.resolve(job + "/latest/tables"))) {
                assertThat(both.resolve(job + "/latest/tables/" + name))
                        .hasSameBinaryContentAs(english.resolve(job + "/latest/tables/" + name));
            }
            KOREAN_TITLES.get(job).forEach((chart, title) -> {
                try {
                    Document svg = ChartTestSupport.parse(Files.readAllBytes(koreanCharts.resolve(chart + ".svg")));
                    assertThat(ChartTestSupport.texts(svg)).as(job + " " + chart).contains(title);
                }
                catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void everyKoreanTextIsSetInTheShippedKoreanFont() throws Exception {
        Path both = publish(work.resolve("fonts"), "languages: [ko, en]\n");

        for (String job : KOREAN_TITLES.keySet()) {
            Path charts = both.resolve(job + "/latest/charts");
            int korean = 0;
            for (String name : files(charts)) {
                if (!name.endsWith(".svg")) {
                    continue;
                }
                NodeList texts = ChartTestSupport.parse(Files.readAllBytes(charts.resolve(name)))
                        .getElementsByTagNameNS("*", "text");
                for (int i = 0; i < texts.getLength(); i++) {
                    Element text = (Element) texts.item(i);
                    if (text.getTextContent().codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) {
                        korean++;
                        assertThat(fontFamily(text)).as(job + " " + name + ": " + text.getTextContent())
                                .startsWith("'" + ShippedFonts.KOREAN_FAMILY + "'");
                    }
                }
            }
            assertThat(korean).as(job).isPositive();
        }
    }

    /** The font-family in effect at an element: its own or its nearest ancestor's. */
    private static String fontFamily(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            for (String declaration : e.getAttribute("style").split(";")) {
                if (declaration.strip().startsWith("font-family:")) {
                    return declaration.strip().substring("font-family:".length());
                }
            }
        }
        return "";
    }

    private static Path publish(Path folder, String extraLine) throws IOException {
        Path jobs = Files.createDirectories(folder.resolve("jobs"));
        for (String job : KOREAN_TITLES.keySet()) {
            String shipped = Files.readString(Path.of("jobs", job + ".yaml")).replaceAll("(?m)^languages:.*\n", "");
            Files.writeString(jobs.resolve(job + ".yaml"), shipped + "\n" + extraLine);
        }
        Path input = Files.createDirectories(folder.resolve("input"));
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        Path output = folder.resolve("output");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(console, true, StandardCharsets.UTF_8);
        int code = new Defstats(stream, stream).execute("run", "--input", input.toString(), "--jobs",
                jobs.toString(), "--output", output.toString());
        assertThat(code).as(console.toString(StandardCharsets.UTF_8)).isEqualTo(Defstats.OK);
        return output;
    }

    /** The names of the files (not folders) in a folder, sorted. */
    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
