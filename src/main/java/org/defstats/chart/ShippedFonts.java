package org.defstats.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Registers the fonts defstats ships with Java2D, so that charts render the same on every machine with the same
 * JDK: DejaVu Sans (regular and bold) for all text, and NanumGothic (SIL Open Font License) for text DejaVu Sans
 * cannot show, such as a Korean source line. Only text neither can show falls back to the JDK's logical
 * sans-serif font, which maps to a font of the machine.
 */
final class ShippedFonts {

    static final String FAMILY = "DejaVu Sans";
    static final String KOREAN_FAMILY = "NanumGothic";
    private static final String FALLBACK = "SansSerif";

    private ShippedFonts() {
    }

    /** Registers the shipped fonts once and returns their family name. */
    static synchronized String register() {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String file : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "NanumGothic.ttf"}) {
            try (InputStream in = ShippedFonts.class.getResourceAsStream("fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the shipped font fonts/" + file + " is missing from the build");
                }
                environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catch (FontFormatException e) {
                throw new IllegalStateException("the shipped font fonts/" + file + " cannot be read", e);
            }
        }
        return FAMILY;
    }

    /**
     * {@code font}, or else the shipped Korean font, or else the logical sans-serif font, of the same style and
     * size: the first that can show {@code text}.
     */
    static Font thatShows(Font font, String text) {
        if (font.canDisplayUpTo(text) < 0) {
            return font;
        }
        Font korean = new Font(KOREAN_FAMILY, font.getStyle(), font.getSize());
        return korean.canDisplayUpTo(text) < 0 ? korean : new Font(FALLBACK, font.getStyle(), font.getSize());
    }
}
