package org.defstats.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Registers the fonts defstats ships (DejaVu Sans and DejaVu Sans Bold) with Java2D, so that PNG charts render
 * the same on every machine with the same JDK. Text the shipped font cannot show (a Korean source line, say) is
 * drawn with the JDK's logical sans-serif font instead, which maps to a font of the machine.
 */
final class ShippedFonts {

    static final String FAMILY = "DejaVu Sans";
    private static final String FALLBACK = "SansSerif";

    private ShippedFonts() {
    }

    /** Registers the shipped fonts once and returns their family name. */
    static synchronized String register() {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String file : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
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

    /** {@code font}, or the logical sans-serif font of the same style and size when it cannot show {@code text}. */
    static Font thatShows(Font font, String text) {
        return font.canDisplayUpTo(text) < 0 ? font : new Font(FALLBACK, font.getStyle(), font.getSize());
    }
}
