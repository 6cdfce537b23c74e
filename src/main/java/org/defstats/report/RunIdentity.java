package org.defstats.report;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

/**
 * Compares two report.html files apart from the run's identity: what differs between two runs of the same
 * inputs and job file by nature (run id, start time, build, and the revisions against whichever run was
 * published before). The report shows those in elements with a {@code data-run-identity} attribute; the
 * comparison takes those elements out of both files (with the line break after one, which a report without it
 * lacks too) and requires everything else to be the same. The reports
 * are read as XML (defstats writes them well-formed), with no DTD or entity read.
 */
public final class RunIdentity {

    /** The attribute that marks an element as part of the run's identity. */
    public static final String ATTRIBUTE = "data-run-identity";

    private RunIdentity() {
    }

    /** Whether the two reports are the same apart from the run's identity; false when either is not well-formed. */
    public static boolean sameApartFromIdentity(byte[] one, byte[] other) {
        Document a = withoutIdentity(one);
        Document b = withoutIdentity(other);
        return a != null && b != null && a.getDocumentElement().isEqualNode(b.getDocumentElement());
    }

    /** The report with its identity elements taken out; null when it is not well-formed XML. */
    static Document withoutIdentity(byte[] report) {
        Document document;
        try {
            document = SafeXml.parse(report);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
        NodeList elements = document.getElementsByTagName("*");
        List<Element> identity = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (element.hasAttribute(ATTRIBUTE)) {
                identity.add(element);
            }
        }
        for (Element element : identity) {
            Node parent = element.getParentNode();
            if (parent == null) {
                continue;
            }
            Node next = element.getNextSibling();
            if (next instanceof Text text && text.getData().isBlank()) {
                parent.removeChild(next);
            }
            parent.removeChild(element);
        }
        document.normalizeDocument();
        return document;
    }
}
