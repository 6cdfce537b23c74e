package org.defstats.csv;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One data line of an input CSV, with what is needed to say where a bad value is.
 *
 * @param file   the file name as the user knows it (relative to the input folder)
 * @param line   the line number in the file, 1 being the header
 * @param header the column names, lower-cased and trimmed
 */
public record CsvLine(String file, long line, List<String> header, List<String> values) {

    /** The trimmed text of a column, empty when the line is short. */
    public String text(String column) {
        int index = index(column);
        return index < values.size() ? values.get(index).strip() : "";
    }

    /** A count: a non-negative whole number, or null where the cell is empty (not published). */
    public Long count(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9') || text.length() > 15) {
            throw problem(column, "count",
                    column + " must be a whole number of persons, not '" + text + "'; fix the cell or leave it empty "
                            + "where the figure was not published");
        }
        return Long.parseLong(text);
    }

    /** A count that must be there. */
    public long requiredCount(String column) {
        Long count = count(column);
        if (count == null) {
            throw problem(column, "required", column + " is empty; every row needs its " + column);
        }
        return count;
    }

    /** A value read by {@code parser}, whose IllegalArgumentException becomes a placed problem. */
    public <T> T parsed(String column, String rule, Function<String, T> parser) {
        try {
            return parser.apply(text(column));
        }
        catch (IllegalArgumentException e) {
            throw problem(column, rule, e.getMessage());
        }
    }

    /** A problem with the value of a column of this line. */
    public CsvInputException problem(String column, String rule, String message) {
        return new CsvInputException(file, line, index(column) + 1, text(column), rule, message);
    }


    private int index(String column) {
        int index = header.indexOf(column.toLowerCase(Locale.ROOT));
        if (index < 0) {
            throw new IllegalStateException("column " + column + " was checked at open but is missing");
        }
        return index;
    }
}
