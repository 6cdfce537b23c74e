package org.defstats.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two tables cell by cell, matching rows by their key columns (period, year, level, threshold: those
 * both tables have) and cells by column name.
 */
public final class TableDiff {

    private TableDiff() {
    }

    /** How cells are compared. */
    public enum Matching {
        /** The cells must be equal as text. */
        EXACT,
        /**
         * A published figure matches a computed one that rounds to it, half up, at the published number of
         * decimals (a published 5.3 matches 5.33, a published 5 matches 5.5, which may stand for 5.45); an empty
         * published cell is not compared.
         */
        PUBLISHED_ROUNDING
    }

    /**
     * The differences of {@code actual} from {@code published}. With {@link Matching#EXACT} a row of either table
     * that the other lacks differs in each of its cells; with {@link Matching#PUBLISHED_ROUNDING} only rows of
     * {@code published} (the published figures) are looked for, and their columns may have the names that inputs
     * accept ({@link CsvTable#inColumnsOf}).
     *
     * @throws IllegalArgumentException when the tables share no key column
     */
    public static List<CellDifference> compare(CsvTable published, CsvTable actual, Matching matching) {
        CsvTable expected = matching == Matching.PUBLISHED_ROUNDING ? published.inColumnsOf(actual) : published;
        List<String> keys = actual.keyColumns();
        List<String> missingKeys = keys.stream().filter(k -> !expected.header().contains(k)).toList();
        if (keys.isEmpty() || !missingKeys.isEmpty()) {
            throw new IllegalArgumentException(expected.name() + " needs the key column" + (missingKeys.size() > 1
                    ? "s " : " ") + String.join(", ", keys.isEmpty() ? CsvTable.knownKeyColumns() : missingKeys)
                    + " of " + actual.name() + " to match its rows");
        }
        List<String> unknown = expected.header().stream().filter(c -> !actual.header().contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(expected.name() + " has the column" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + ", which " + actual.name() + " does not have; its columns are "
                    + String.join(", ", actual.header()));
        }
        List<String> columns = expected.header().stream().filter(c -> !keys.contains(c)).toList();
        Map<String, List<String>> actualRows = byKey(actual, keys);
        Map<String, List<String>> expectedRows = byKey(expected, keys);
        List<CellDifference> differences = new ArrayList<>();
        expectedRows.forEach((key, row) -> {
            List<String> other = actualRows.get(key);
            for (String column : columns) {
                String want = expected.cell(row, column);
                String got = other == null ? "" : actual.cell(other, column);
                if (!matches(want, got, matching)) {
                    differences.add(new CellDifference(actual.name(), key, column, want, got));
                }
            }
        });
        if (matching == Matching.EXACT) {
            actualRows.forEach((key, row) -> {
                if (!expectedRows.containsKey(key)) {
                    for (String column : columns) {
                        if (!actual.cell(row, column).isEmpty()) {
                            differences.add(new CellDifference(actual.name(), key, column, "", actual.cell(row, column)));
                        }
                    }
                }
            });
        }
        return differences;
    }

    /** The keys of a table's rows, as differences name them ({@code period=2016}). */
    static java.util.Set<String> keysOf(CsvTable table) {
        return byKey(table, table.keyColumns()).keySet();
    }

    private static Map<String, List<String>> byKey(CsvTable table, List<String> keys) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> row : table.rows()) {
            StringBuilder key = new StringBuilder();
            for (String column : keys) {
                key.append(key.isEmpty() ? "" : " ").append(column).append('=').append(table.keyCell(row, column));
            }
            if (rows.putIfAbsent(key.toString(), row) != null) {
                throw new IllegalArgumentException(table.name() + " has the row " + key + " twice");
            }
        }
        return rows;
    }

    private static boolean matches(String expected, String actual, Matching matching) {
        if (matching == Matching.EXACT) {
            return expected.equals(actual);
        }
        if (expected.isEmpty()) {
            return true;
        }
        BigDecimal published = number(expected);
        BigDecimal computed = number(actual);
        if (published == null || computed == null) {
            return expected.equals(actual);
        }
        if (published.scale() >= computed.scale()) {
            return computed.compareTo(published) == 0;
        }
        // The computed figure is itself rounded: the exact value lies within half its last digit of it, and
        // matches when some value in that range rounds to the published figure.
        BigDecimal computedHalf = halfUnit(computed.scale());
        BigDecimal publishedHalf = halfUnit(published.scale());
        return computed.subtract(computedHalf).compareTo(published.add(publishedHalf)) < 0
                && published.subtract(publishedHalf).compareTo(computed.add(computedHalf)) < 0;
    }

    private static BigDecimal halfUnit(int scale) {
        return BigDecimal.ONE.movePointLeft(Math.max(scale, 0)).divide(BigDecimal.valueOf(2));
    }

    /** A figure as reports print it: {@code 1,418}, {@code 78.7%}, {@code −818}; null when it is not one. */
    private static BigDecimal number(String text) {
        String plain = text.replace(",", "").replace("%", "").replace('\u2212', '-').strip();
        try {
            return plain.isEmpty() ? null : new BigDecimal(plain);
        }
        catch (NumberFormatException e) {
            return null;
        }
    }
}
