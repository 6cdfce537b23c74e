package org.defstats.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of one count table: its categories per dimension, the check that it holds every combination of
 * categories and totals exactly once with a non-negative count, and its lines (each 1-dimensional sub-line,
 * margins included: the cell with {@link CountTable#TOTAL} in one dimension and the cells with each category there).
 */
final class TableShape {

    /** {@code total} = sum of {@code members}, along {@code dimension}. */
    record Line(int dimension, List<String> total, List<List<String>> members) {
    }

    private TableShape() {
    }

    static void check(CountTable table) {
        List<String> dimensions = table.dimensions();
        if (new HashSet<>(dimensions).size() != dimensions.size()) {
            throw new IllegalArgumentException("table '" + table.name() + "' names a dimension twice: " + dimensions);
        }
        for (Map.Entry<List<String>, Long> cell : table.counts().entrySet()) {
            List<String> key = cell.getKey();
            if (key.size() != dimensions.size() || key.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException(CellSpace.describe(table, key) + " does not have one category for"
                        + " each of the dimensions " + dimensions);
            }
            if (cell.getValue() == null || cell.getValue() < 0) {
                throw new IllegalArgumentException(CellSpace.describe(table, key) + " has no count or a negative"
                        + " one; counts are of persons");
            }
        }
        long expected = 1;
        for (Set<String> categories : categories(table)) {
            expected = Math.multiplyExact(expected, categories.size() + 1L);
        }
        if (table.counts().size() != expected || !table.counts().containsKey(grandTotalKey(table))) {
            throw new IllegalArgumentException("table '" + table.name() + "' lacks cells: it must hold every "
                    + "combination of its categories and " + CountTable.TOTAL + " (all margins and the grand total)");
        }
    }

    /** The categories of each dimension, in sorted order, {@link CountTable#TOTAL} left out. */
    static List<Set<String>> categories(CountTable table) {
        List<Set<String>> categories = new ArrayList<>();
        for (int d = 0; d < table.dimensions().size(); d++) {
            categories.add(new TreeSet<>());
        }
        for (List<String> key : table.counts().keySet()) {
            for (int d = 0; d < key.size(); d++) {
                if (!CountTable.TOTAL.equals(key.get(d))) {
                    categories.get(d).add(key.get(d));
                }
            }
        }
        return categories;
    }

    static List<String> grandTotalKey(CountTable table) {
        return java.util.Collections.nCopies(table.dimensions().size(), CountTable.TOTAL);
    }

    /** Every line of a checked table, in the order of {@code keys}. */
    static List<Line> lines(CountTable table, List<List<String>> keys) {
        List<Set<String>> categories = categories(table);
        List<Line> lines = new ArrayList<>();
        for (List<String> key : keys) {
            for (int d = 0; d < key.size(); d++) {
                if (!CountTable.TOTAL.equals(key.get(d))) {
                    continue;
                }
                List<List<String>> members = new ArrayList<>();
                for (String category : categories.get(d)) {
                    List<String> member = new ArrayList<>(key);
                    member.set(d, category);
                    members.add(List.copyOf(member));
                }
                lines.add(new Line(d, key, members));
            }
        }
        return lines;
    }
}
