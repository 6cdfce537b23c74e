package org.defstats.report;

import java.io.StringWriter;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * A chart's SVG, ready to be written into report.html as markup: the only content the template writes without
 * escaping. It can only be made from the bytes of an SVG file of the run, which defstats drew itself: they must
 * parse as XML (no external DTD or entity is read), and an SVG with a script, a foreign object, an event handler
 * or a link outside the document is refused. The XML declaration and doctype are dropped, every id is prefixed
 * with the chart's name, so that the clip paths of several charts in one page do not take each other's place,
 * and a {@code viewBox} lets the chart scale to the page.
 */
public final class InlineSvg implements Content {

    private static final Set<String> REFUSED_ELEMENTS = Set.of("script", "foreignObject", "iframe", "object",
            "embed");
    private static final Pattern REFERENCE = Pattern.compile("url\\(#([^)]+)\\)");

    private final String markup;

    private InlineSvg(String markup) {
        this.markup = markup;
    }

    /**
     * @param name  the chart's name, a prefix for its ids
     * @param bytes the chart's published SVG file
     * @throws IllegalArgumentException when the bytes are not an SVG document defstats could have drawn
     */
    public static InlineSvg of(String name, byte[] bytes) {
        Document document = parse(name, bytes);
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getTagName())) {
            throw new IllegalArgumentException(name + ": not an SVG document");
        }
        String prefix = name.replaceAll("[^A-Za-z0-9-]", "_") + "-";
        NodeList elements = document.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (REFUSED_ELEMENTS.contains(element.getTagName())) {
                throw new IllegalArgumentException(name + ": an SVG with <" + element.getTagName() + "> is not embedded");
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Attr attribute = (Attr) attributes.item(a);
                String attributeName = attribute.getName();
                String value = attribute.getValue();
                if (attributeName.toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
                    throw new IllegalArgumentException(name + ": an SVG with event handlers is not embedded");
                }
                if (attributeName.equals("id")) {
                    attribute.setValue(prefix + value);
                }
                else if (attributeName.endsWith("href")) {
                    if (!value.startsWith("#")) {
                        throw new IllegalArgumentException(name + ": an SVG linking outside itself is not embedded");
                    }
                    attribute.setValue("#" + prefix + value.substring(1));
                }
                else if (value.contains("url(")) {
                    attribute.setValue(REFERENCE.matcher(value).replaceAll(m -> "url(#" + prefix + m.group(1) + ")"));
                }
            }
        }
        if (!root.hasAttribute("viewBox") && root.hasAttribute("width") && root.hasAttribute("height")) {
            root.setAttribute("viewBox", "0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"));
        }
        return new InlineSvg(serialize(name, root));
    }

    private static Document parse(String name, byte[] bytes) {
        try {
            return SafeXml.parse(bytes);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": not an SVG document: " + e.getMessage(), e);
        }
    }

    private static String serialize(String name, Element root) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter text = new StringWriter();
            transformer.transform(new DOMSource(root), new StreamResult(text));
            return text.toString();
        }
        catch (TransformerException e) {
            throw new IllegalStateException(name + ": cannot write the SVG: " + e.getMessage(), e);
        }
    }

    /** The markup as report.html holds it. */
    public String markup() {
        return markup;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(markup);
    }
}
