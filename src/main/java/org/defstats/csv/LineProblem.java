package org.defstats.csv;

/**
 * A problem of an input at a place, as rejects.csv lists it.
 *
 * @param line   the line in the file (1 is the header), 0 when the problem is the whole file
 * @param column the column number counted from 1, 0 when the problem is the whole line
 * @param value  the text found there, shortened when long
 * @param rule   the name of the rule it breaks, as README lists them
 * @param message what is wrong and how to fix it
 */
public record LineProblem(String file, long line, int column, String value, String rule, String message) {

    private static final int SHOWN_LENGTH = 80;
    private static final int MESSAGE_LENGTH = 1000;

    public LineProblem {
        value = shortened(value == null ? "" : value);
        if (message.length() > MESSAGE_LENGTH) {
            message = message.substring(0, MESSAGE_LENGTH) + "…";
        }
    }

    /** {@code file:line:column: message [rule]}, the form of every problem on the console. */
    public String describe() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message
                + " [" + rule + "]";
    }

    /** A cell value as messages quote it: control characters made visible, long text cut. */
    public static String shortened(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(SHOWN_LENGTH).forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            }
            else {
                shown.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > SHOWN_LENGTH ? shown + "…" : shown.toString();
    }
}
