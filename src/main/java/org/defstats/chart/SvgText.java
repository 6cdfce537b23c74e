package org.defstats.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Makes the text of a generated SVG safe to show where the shipped fonts are not installed. Every
 * {@code font-family} gets the other shipped font and the generic {@code sans-serif} as fallbacks, and every
 * {@code text} element gets {@code textLength} (its width in the font the chart was laid out with) and
 * {@code lengthAdjust="spacingAndGlyphs"}, so a viewer that substitutes a wider or narrower font squeezes or
 * stretches the text to the width the layout gave it, and legend items and labels do not run into each other.
 * The text stays text: selectable, searchable and read by screen readers.
 */
final class SvgText {

    static final String GENERIC_FAMILY = "sans-serif";
    private static final List<String> GENERIC_FAMILIES = List.of("serif", "sans-serif", "monospace", "cursive",
            "fantasy", "system-ui");
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** Design widths, without hinting: what a viewer with the shipped font draws. */
    private static final FontRenderContext DESIGN = new FontRenderContext(null, true, true);

    private SvgText() {
    }

    /** Rewrites the fonts and text lengths of every element under {@code root}. */
    static void withFallbacks(Element root) {
        walk(root, new FontState("'" + ShippedFonts.FAMILY + "'", 12f, Font.PLAIN));
    }

    private static void walk(Element element, FontState inherited) {
        // Batik keeps presentation attributes in the DOM and turns them into a style attribute when it streams
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String name : new String[] {"font-family", "font-size", "font-weight", "font-style"}) {
            if (element.hasAttribute(name)) {
                attributes.put(name, element.getAttribute(name));
            }
        }
        FontState state = inherited.with(attributes);
        if (attributes.containsKey("font-family")) {
            element.setAttribute("font-family", withFallback(attributes.get("font-family")));
        }
        if (element.hasAttribute("style")) {
            Map<String, String> style = parse(element.getAttribute("style"));
            state = state.with(style);
            String family = style.get("font-family");
            if (family != null) {
                style.put("font-family", withFallback(family));
                element.setAttribute("style", format(style));
            }
        }
        if ("text".equals(element.getLocalName()) && SVG_NS.equals(element.getNamespaceURI())) {
            String text = element.getTextContent();
            if (!text.isEmpty()) {
                double width = state.font().getStringBounds(text, DESIGN).getWidth();
                element.setAttribute("textLength", decimal(width));
                element.setAttribute("lengthAdjust", "spacingAndGlyphs");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walk(childElement, state);
            }
        }
    }

    /**
     * The family list followed by the shipped fonts it does not name and the generic sans-serif: "'DejaVu Sans'"
     * gives "'DejaVu Sans', 'NanumGothic', sans-serif". A list that already ends with a generic family is kept.
     */
    static String withFallback(String families) {
        List<String> names = new ArrayList<>();
        for (String name : families.split(",")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        if (!names.isEmpty() && GENERIC_FAMILIES.contains(names.get(names.size() - 1))) {
            return String.join(", ", names);
        }
        for (String shipped : new String[] {ShippedFonts.FAMILY, ShippedFonts.KOREAN_FAMILY}) {
            if (names.stream().noneMatch(name -> unquoted(name).equals(shipped))) {
                names.add("'" + shipped + "'");
            }
        }
        names.add(GENERIC_FAMILY);
        return String.join(", ", names);
    }

    private static String unquoted(String name) {
        return name.replaceAll("^['\"]|['\"]$", "");
    }

    private static Map<String, String> parse(String style) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                declarations.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
            }
        }
        return declarations;
    }

    /** In Batik's own form: "name:value; name:value;". */
    private static String format(Map<String, String> style) {
        StringBuilder text = new StringBuilder();
        style.forEach((name, value) -> text.append(text.length() == 0 ? "" : " ").append(name).append(':')
                .append(value).append(';'));
        return text.toString();
    }

    /** At most two decimals, no exponent, no trailing zeros: the same text in every locale. */
    private static String decimal(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** The font in effect at an element: its first family, size in pixels and style. */
    private record FontState(String family, float size, int style) {

        FontState withFamily(String families) {
            return new FontState(families.split(",")[0].strip(), size, style);
        }

        FontState with(Map<String, String> declarations) {
            FontState state = this;
            String families = declarations.get("font-family");
            if (families != null) {
                state = state.withFamily(families);
            }
            String fontSize = declarations.get("font-size");
            if (fontSize != null) {
                state = new FontState(state.family, Float.parseFloat(fontSize.replace("px", "").strip()),
                        state.style);
            }
            String weight = declarations.get("font-weight");
            if (weight != null) {
                boolean bold = weight.equals("bold") || weight.matches("[6-9]00");
                state = new FontState(state.family, state.size, bold ? state.style | Font.BOLD
                        : state.style & ~Font.BOLD);
            }
            String fontStyle = declarations.get("font-style");
            if (fontStyle != null) {
                boolean italic = fontStyle.equals("italic") || fontStyle.equals("oblique");
                state = new FontState(state.family, state.size, italic ? state.style | Font.ITALIC
                        : state.style & ~Font.ITALIC);
            }
            return state;
        }

        Font font() {
            String name = unquoted(family);
            if (GENERIC_FAMILIES.contains(name)) {
                name = name.equals("monospace") ? Font.MONOSPACED : name.equals("serif") ? Font.SERIF
                        : Font.SANS_SERIF;
            }
            return new Font(name, style, 1).deriveFont(size);
        }
    }
}
