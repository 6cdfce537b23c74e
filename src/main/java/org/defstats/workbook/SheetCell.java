package org.defstats.workbook;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A cell of a table sheet: text, or a figure with the number format that shows it with the digits and decimals the
 * CSV table shows. An empty CSV cell (no figure) has no {@code SheetCell}: the workbook leaves it empty.
 */
sealed interface SheetCell permits SheetCell.Text, SheetCell.Figure {

    /** The most characters Excel keeps in a cell. */
    int MAX_TEXT = 32_767;
    /** The most significant digits a spreadsheet number (a double) holds exactly. */
    int MAX_DIGITS = 15;
    /** A figure as tables write it: no leading zeros, no grouping, no exponent. */
    Pattern FIGURE = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    /** What a spreadsheet shows in the cell, for column widths. */
    String shown();

    /**
     * The cell of a CSV cell's text; null for an empty cell. In a column of figures, a cell written as a figure is
     * a number (text otherwise, and where a double would not hold it exactly); in a column of labels, text.
     */
    static SheetCell of(String text, boolean label) {
        if (text.isEmpty()) {
            return null;
        }
        if (!label && FIGURE.matcher(text).matches()) {
            BigDecimal value = new BigDecimal(text);
            if (value.precision() <= MAX_DIGITS) {
                return new Figure(value);
            }
        }
        return new Text(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
    }

    /** Text, shown as it is. */
    record Text(String text) implements SheetCell {
        @Override
        public String shown() {
            return text;
        }
    }

    /**
     * A number: a whole one shown with thousands separators ({@code #,##0}: 1418 as 1,418), one with decimals
     * with exactly as many as it was written with ({@code 0.0}: 78.7 as 78.7, 5.0 as 5.0).
     */
    record Figure(BigDecimal value) implements SheetCell {

        /** The Excel number format. */
        String format() {
            return value.scale() == 0 ? "#,##0" : "0." + "0".repeat(value.scale());
        }

        /** The value as the sheet stores it: a long for whole numbers, else the decimal as written. */
        Number number() {
            return value.scale() == 0 ? (Number) value.longValueExact() : value;
        }

        @Override
        public String shown() {
            String plain = value.toPlainString();
            if (value.scale() != 0) {
                return plain;
            }
            boolean negative = plain.startsWith("-");
            String digits = negative ? plain.substring(1) : plain;
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < digits.length(); i++) {
                if (i > 0 && (digits.length() - i) % 3 == 0) {
                    grouped.append(',');
                }
                grouped.append(digits.charAt(i));
            }
            return (negative ? "-" : "") + grouped;
        }
    }
}
