package org.defstats.report;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How report.html prints a figure of a table: as the CSV has it, with thousands separators in the whole part of
 * a number ({@code 1418} as {@code 1,418}, {@code -12345.6} as {@code -12,345.6}), except in columns whose unit
 * names a time or a code (a year 2016 stays 2016).
 */
final class Figures {

    /** Units whose numbers are names, not amounts. */
    private static final Set<String> UNGROUPED = Set.of("period", "year", "month", "code");
    private static final Pattern NUMBER = Pattern.compile("([-+]?)([0-9]+)(\\.[0-9]+)?");

    private Figures() {
    }

    /** Whether the text is an amount (aligned right): a number in a column whose unit is not a time or code. */
    static boolean isAmount(String text, String unit) {
        return !UNGROUPED.contains(unit) && NUMBER.matcher(text).matches();
    }

    /** The text of a cell of a column with this unit, grouped by thousands when it is an amount. */
    static String shown(String text, String unit) {
        Matcher number = NUMBER.matcher(text);
        if (UNGROUPED.contains(unit) || !number.matches()) {
            return text;
        }
        String whole = number.group(2);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return number.group(1) + grouped + (number.group(3) == null ? "" : number.group(3));
    }
}
