package org.defstats.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks on rendered charts shared by the chart tests of all packages. */
public final class ChartTestSupport {

    private ChartTestSupport() {
    }

    /** Decodes the PNG and checks it has the default size. */
    public static BufferedImage assertDefaultSizePng(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decodable PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(ChartFiles.DEFAULT_WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartFiles.DEFAULT_HEIGHT);
        return image;
    }

    /**
     * Renders the chart twice as SVG, checks the bytes are the same, and parses them: an {@code svg} root with
     * the default size, and only short counter ids (clipPath1, defs1), nothing time- or hash-like.
     */
    public static Document assertStableSvg(JFreeChart chart) throws Exception {
        byte[] first = ChartFiles.svg(chart, ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT);
        byte[] second = ChartFiles.svg(chart, ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT);
        assertThat(second).as("second render of the same chart").isEqualTo(first);

        Document document = parse(first);
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("width")).isEqualTo(String.valueOf(ChartFiles.DEFAULT_WIDTH));
        assertThat(root.getAttribute("height")).isEqualTo(String.valueOf(ChartFiles.DEFAULT_HEIGHT));
        assertThat(ids(document)).isNotEmpty().allMatch(id -> id.matches("[A-Za-z]+[0-9]{0,4}"));
        return document;
    }

    /** Parses SVG bytes as namespace-aware XML without fetching the DTD the document names. */
    public static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg));
    }

    /** The texts of all {@code text} elements, trimmed. */
    public static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }

    private static List<String> ids(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "*");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.hasAttribute("id")) {
                ids.add(element.getAttribute("id"));
            }
        }
        return ids;
    }
}
