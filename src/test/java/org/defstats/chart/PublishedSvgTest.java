package org.defstats.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.defstats.cli.Defstats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every SVG the shipped jobs publish is well-formed XML that a strict parser reads, also when the job file's
 * source line holds characters that XML cannot carry but a job file lets through (noncharacters, an unpaired
 * surrogate): those are drawn as U+FFFD and the rest of the text stays. Every font they name ends with a
 * generic family, and every text carries the width the chart gave it, for viewers without the shipped fonts.
 */
class PublishedSvgTest {

    private static final List<String> SHIPPED_JOBS = List.of("arrivals", "education", "register", "stocks");
    /** A font-family in a style or as an attribute. */
    private static final Pattern FONT_FAMILY = Pattern.compile("font-family(?::|=\")([^;\"]*)");

    @TempDir
    Path work;

    @Test
    void everySvgOfTheShippedJobsParses() throws Exception {
        Path output = publish(work.resolve("shipped"), "");

        for (String job : SHIPPED_JOBS) {
            List<Path> svgs = svgs(output.resolve(job + "/latest/charts"));
            assertThat(svgs).as(job).isNotEmpty();
            for (Path svg : svgs) {
                assertThat(parse(svg).getDocumentElement().getLocalName()).as(svg.toString()).isEqualTo("svg");
            }
        }
    }

    @Test
    void everyTextOfTheShippedJobsHasAGenericFallbackFontAndItsLaidOutWidth() throws Exception {
        Path output = publish(work.resolve("fonts"), "");

        for (String job : SHIPPED_JOBS) {
            for (Path svg : svgs(output.resolve(job + "/latest/charts"))) {
                String text = Files.readString(svg);
                Matcher families = FONT_FAMILY.matcher(text);
                int count = 0;
                while (families.find()) {
                    count++;
                    assertThat(families.group(1).strip()).as(svg + ": " + families.group())
                            .endsWith(", sans-serif");
                }
                assertThat(count).as(svg.toString()).isPositive();
                NodeList texts = parse(svg).getElementsByTagNameNS("*", "text");
                for (int i = 0; i < texts.getLength(); i++) {
                    Element element = (Element) texts.item(i);
                    assertThat(element.getAttribute("textLength")).as(svg + ": " + element.getTextContent())
                            .matches("[0-9]+(\\.[0-9]{1,2})?");
                    assertThat(element.getAttribute("lengthAdjust")).isEqualTo("spacingAndGlyphs");
                }
            }
        }
    }

    @Test
    void aSourceWithCharactersXmlCannotCarryStillGivesSvgsThatParse() throws Exception {
        // YAML escapes that a job file accepts: two noncharacters and a lone high surrogate
        Path output = publish(work.resolve("hostile"), "\\uFFFE\\uFFFF\\uD800 ");

        for (String job : SHIPPED_JOBS) {
            List<Path> svgs = svgs(output.resolve(job + "/latest/charts"));
            assertThat(svgs).as(job).isNotEmpty();
            for (Path svg : svgs) {
                String text = parse(svg).getDocumentElement().getTextContent();
                assertThat(text).as(svg.toString()).doesNotContain("\uFFFE", "\uFFFF", "\uD800");
            }
        }
        String arrivals = parse(output.resolve("arrivals/latest/charts/arrivals.svg")).getDocumentElement()
                .getTextContent();
        assertThat(arrivals).contains("\uFFFD\uFFFD\uFFFD Source: Ministry of Unification, Republic of Korea");
    }

    private static Path publish(Path folder, String sourcePrefix) throws IOException {
        Path jobs = copy(Path.of("jobs"), folder.resolve("jobs"));
        for (String job : SHIPPED_JOBS) {
            Path file = jobs.resolve(job + ".yaml");
            Files.writeString(file, Files.readString(file).replace("source: \"", "source: \"" + sourcePrefix));
        }
        Path output = folder.resolve("output");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(console, true, StandardCharsets.UTF_8);
        int code = new Defstats(stream, stream).execute("run", "--input",
                copy(Path.of("input"), folder.resolve("input")).toString(), "--jobs", jobs.toString(), "--output",
                output.toString());
        assertThat(code).as(console.toString(StandardCharsets.UTF_8)).isEqualTo(Defstats.OK);
        return output;
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(svg.toFile());
    }

    private static List<Path> svgs(Path charts) throws IOException {
        try (Stream<Path> files = Files.list(charts)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".svg")).sorted().toList();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
