package org.defstats.chart;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Renders charts to PNG and SVG bytes and files. The SVG of a chart is the same bytes on every render and in
 * every JVM: a fresh Batik generator context per document numbers its ids from 1, the generator comment is
 * left out, and nothing carries a time. All text, rotated text included, stays text in the SVG, with a generic
 * fallback font and its laid-out width ({@link SvgText}).
 */
public final class ChartFiles {

    /** The default size: 16:9, wide enough for a report page at print resolution. */
    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 900;

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    /**
     * Batik formats coordinates with DecimalFormat instances shared by all generator contexts, which are not
     * thread-safe; batch steps may render in parallel.
     */
    private static final Object SVG_LOCK = new Object();

    static {
        // JFreeChart draws rotated text (year labels, vertical axis labels) as a TextLayout by default, to work
        // around a JDK 1.4 bug; Batik can only write a TextLayout as glyph outlines, so the SVG would lose that
        // text as text. The flag is JVM-wide; plain drawString renders rotated text fine on Java 17.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartFiles() {
    }

    /** The chart as an antialiased PNG of the given size in pixels. */
    public static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this JVM");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart as a UTF-8 SVG document of the given size, with styles as CSS {@code style} attributes. */
    public static byte[] svg(JFreeChart chart, int width, int height) {
        synchronized (SVG_LOCK) {
            Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
            // a new context per document, so clipPath and other ids restart at 1
            SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
            context.setComment(null);
            context.setEmbeddedFontsOn(false);
            SVGGraphics2D g2 = new SVGGraphics2D(context, false);
            g2.setSVGCanvasSize(new Dimension(width, height));
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                Element root = g2.getRoot();
                keepToXmlCharacters(root);
                SvgText.withFallbacks(root);
                g2.stream(root, writer, true, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                g2.dispose();
            }
            return out.toByteArray();
        }
    }



    /**
     * Replaces, in every text and attribute under {@code node}, each character XML 1.0 cannot carry (control
     * characters but tab and line breaks, U+FFFE, U+FFFF, unpaired surrogates) with U+FFFD. Batik writes text as
     * it is given, and a chart's text comes from job files and inputs: one such character would make the whole SVG
     * a file no XML reader opens.
     */
    static void keepToXmlCharacters(Node node) {
        if (node instanceof CharacterData data) {
            data.setData(xmlCharacters(data.getData()));
        }
        NamedNodeMap attributes = node.getAttributes();
        for (int i = 0; attributes != null && i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            attribute.setNodeValue(xmlCharacters(attribute.getNodeValue()));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            keepToXmlCharacters(child);
        }
    }

    static String xmlCharacters(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            kept.appendCodePoint(allowed ? c : 0xFFFD);
            i += Character.charCount(c);
        }
        return kept.toString();
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, bytes);
    }
}
