package org.defstats.workbook;

/**
 * The width of a sheet column that fits its widest cell, in Excel's unit (the width of a digit of the default
 * font): one per character, two for East Asian wide characters such as Hangul, and room for the cell margins.
 */
final class ColumnWidths {

    /** Excel's default column width, the narrowest a column is made. */
    static final double MIN = 8.43;
    /** The widest column Excel allows. */
    static final double MAX = 255;
    private static final double MARGIN = 2;

    private double width = MIN;

    private ColumnWidths() {
    }

    static ColumnWidths start() {
        return new ColumnWidths();
    }

    /** Widens the column to fit a cell showing {@code text}. */
    void fit(String text) {
        if (width >= MAX) {
            return;
        }
        double characters = text.codePoints().mapToDouble(ColumnWidths::characterWidth).sum();
        width = Math.min(MAX, Math.max(width, characters + MARGIN));
    }

    double width() {
        return width;
    }

    private static double characterWidth(int codePoint) {
        return wide(codePoint) ? 2 : 1;
    }

    /** Hangul, CJK, fullwidth forms and the like, which take two columns of a monospaced layout. */
    static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
