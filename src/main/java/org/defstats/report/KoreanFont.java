package org.defstats.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * The Korean text of a report drawn in the shipped NanumGothic (SIL Open Font License, which allows embedding it
 * in a document) wherever it is opened: a machine without a Korean font would show boxes. The report carries a
 * subset of the font with the glyphs of its own Hangul (and CJK punctuation and full-width forms) only, as a
 * {@code data:} URL in an {@code @font-face} rule named {@code NanumGothic}, the family the page and its inline
 * SVG charts already name, so nothing is fetched. The subset depends only on the characters, so the same page
 * text gives the same bytes.
 */
public final class KoreanFont implements Content {

    /** The family name the rule defines: the one the shipped charts' SVG text names. */
    static final String FAMILY = "NanumGothic";

    private static final String RESOURCE = "/org/defstats/chart/fonts/NanumGothic.ttf";
    private static final KoreanFont NONE = new KoreanFont("");
    /** The tables a browser needs to draw the glyphs; kerning and the rest would be most of the subset's size. */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap",
            "name", "OS/2", "post");

    private final String rule;

    private KoreanFont(String rule) {
        this.rule = rule;
    }

    /** No rule: a page without Korean text. */
    public static KoreanFont none() {
        return NONE;
    }

    /** The rule for the Korean characters of a page's text; {@link #none()} when it has none. */
    public static KoreanFont forText(String text) {
        Set<Integer> korean = new TreeSet<>();
        text.codePoints().filter(KoreanFont::isKorean).forEach(korean::add);
        if (korean.isEmpty()) {
            return NONE;
        }
        String base64 = Base64.getEncoder().encodeToString(subset(korean));
        return new KoreanFont("@font-face { font-family: '" + FAMILY + "'; font-style: normal; font-weight: 400; "
                + "src: url(data:font/ttf;base64," + base64 + ") format('truetype'); }\n");
    }

    /** Hangul jamo, compatibility jamo and syllables, CJK punctuation and full-width forms. */
    static boolean isKorean(int codePoint) {
        return (codePoint >= 0x1100 && codePoint <= 0x11FF) || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0x3130 && codePoint <= 0x318F) || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }

    private static byte[] subset(Set<Integer> codePoints) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Shipped.BYTES))) {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot embed the shipped NanumGothic in report.html: " + e.getMessage(), e);
        }
    }

    /** The CSS rule as the report's style element holds it; empty for {@link #none()}. */
    String rule() {
        return rule;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(rule);
    }

    /** The shipped font's bytes, read once, when a report first has Korean text. */
    private static final class Shipped {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = KoreanFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the build");
                }
                return in.readAllBytes();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
