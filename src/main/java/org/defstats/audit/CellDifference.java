package org.defstats.audit;

/**
 * One cell that differs between two tables: the table, the key of its row ({@code period=2016}), the column, and
 * the two values ({@code expected} is the published or previous one).
 */
public record CellDifference(String table, String key, String column, String expected, String actual) {

    public String describe(String expectedName, String actualName) {
        return table + " " + key + " " + column + ": " + expectedName + " " + shown(expected) + ", " + actualName + " "
                + shown(actual);
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }
}
