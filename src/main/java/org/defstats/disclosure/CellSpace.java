package org.defstats.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The distinct logical cells of a job's tables and the additivity equations between them. A logical cell is the
 * set of its non-total categories by dimension name, so {@code [2016, _T]} of {@code [arrival_year, sex]} and
 * {@code [2016, _T]} of {@code [arrival_year, education]} are one cell: one variable, one value, one status.
 * Cells are numbered in a fixed order (tables as given, keys sorted), so that everything built on them is
 * reproducible. Holds unprotected counts: internal to the run.
 */
final class CellSpace {

    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final List<CountTable> tables;
    private final List<Map<List<String>, Integer>> ids = new ArrayList<>();
    private final List<List<List<String>>> sortedKeys = new ArrayList<>();
    private final List<Long> values = new ArrayList<>();
    private final List<Integer> firstTables = new ArrayList<>();
    private final List<List<String>> firstKeys = new ArrayList<>();
    private final List<Boolean> grandTotals = new ArrayList<>();
    private final List<int[]> lines;

    private CellSpace(List<CountTable> tables) {
        this.tables = List.copyOf(tables);
        Map<SortedMap<String, String>, Integer> byLogicalKey = new HashMap<>();
        for (int t = 0; t < this.tables.size(); t++) {
            CountTable table = this.tables.get(t);
            Map<List<String>, Integer> tableIds = new HashMap<>();
            List<List<String>> keys = new ArrayList<>(table.counts().keySet());
            keys.sort(KEY_ORDER);
            for (List<String> key : keys) {
                SortedMap<String, String> logical = logicalKey(table, key);
                long count = table.counts().get(key);
                Integer id = byLogicalKey.get(logical);
                if (id == null) {
                    id = values.size();
                    byLogicalKey.put(logical, id);
                    values.add(count);
                    firstTables.add(t);
                    firstKeys.add(key);
                    grandTotals.add(logical.isEmpty());
                } else if (values.get(id) != count) {
                    throw new IllegalArgumentException(describe(table, key) + " differs from the same cell in "
                            + name(id) + "; tables sharing margins must be tabulated from the same records");
                }
                tableIds.put(key, id);
            }
            ids.add(tableIds);
            sortedKeys.add(List.copyOf(keys));
        }
        this.lines = buildLines();
    }

    /** The cells of the tables, checked: complete, non-negative, additive, and equal where tables share cells. */
    static CellSpace of(List<CountTable> tables) {
        List<String> seen = new ArrayList<>();
        for (CountTable table : tables) {
            TableShape.check(table);
            if (seen.contains(table.name())) {
                throw new IllegalArgumentException("two tables are named '" + table.name() + "'; names must differ");
            }
            seen.add(table.name());
        }
        return new CellSpace(tables);
    }

    private static SortedMap<String, String> logicalKey(CountTable table, List<String> key) {
        SortedMap<String, String> logical = new TreeMap<>();
        for (int d = 0; d < key.size(); d++) {
            if (!CountTable.TOTAL.equals(key.get(d))) {
                logical.put(table.dimensions().get(d), key.get(d));
            }
        }
        return logical;
    }

    /** The failure of a cell, {@code reason} being what follows its name ("cannot be protected: …"). */
    UnprotectedTablesException unprotected(int cell, String reason) {
        return new UnprotectedTablesException(name(cell) + " " + reason,
                "table '" + firstTable(cell).name() + "': a cell " + reason);
    }

    static String describe(CountTable table, List<String> key) {
        return "table '" + table.name() + "', cell " + key;
    }

    /** Every line of every table once: {@code [total, member...]}, where total = sum of members. */
    private List<int[]> buildLines() {
        Map<List<Integer>, int[]> distinct = new java.util.LinkedHashMap<>();
        for (int t = 0; t < tables.size(); t++) {
            CountTable table = tables.get(t);
            for (TableShape.Line line : TableShape.lines(table, sortedKeys.get(t))) {
                int total = ids.get(t).get(line.total());
                List<Integer> members = new ArrayList<>();
                long sum = 0;
                for (List<String> member : line.members()) {
                    int id = ids.get(t).get(member);
                    members.add(id);
                    sum = Math.addExact(sum, values.get(id));
                }
                if (sum != values.get(total)) {
                    throw new IllegalArgumentException(describe(table, line.total()) + " is not the sum of its "
                            + "categories of " + table.dimensions().get(line.dimension()) + "; tabulate all "
                            + "margins from the same records");
                }
                List<Integer> identity = new ArrayList<>(members);
                identity.sort(null);
                identity.add(0, total);
                int[] row = new int[members.size() + 1];
                row[0] = total;
                for (int i = 0; i < members.size(); i++) {
                    row[i + 1] = members.get(i);
                }
                distinct.putIfAbsent(identity, row);
            }
        }
        return List.copyOf(distinct.values());
    }

    List<CountTable> tables() {
        return tables;
    }

    int size() {
        return values.size();
    }

    long value(int cell) {
        return values.get(cell);
    }

    boolean isGrandTotal(int cell) {
        return grandTotals.get(cell);
    }

    /** The first table and key where the cell appears, for messages: never its value. */
    String name(int cell) {
        return describe(tables.get(firstTables.get(cell)), firstKeys.get(cell));
    }

    CountTable firstTable(int cell) {
        return tables.get(firstTables.get(cell));
    }

    List<String> firstKey(int cell) {
        return firstKeys.get(cell);
    }

    int id(int table, List<String> key) {
        Integer id = ids.get(table).get(key);
        if (id == null) {
            throw new IllegalArgumentException(describe(tables.get(table), key) + " is not a cell of the table");
        }
        return id;
    }

    /** The table's keys in the fixed order. */
    List<List<String>> keys(int table) {
        return sortedKeys.get(table);
    }

    /** The additivity equations: {@code x[line[0]] = x[line[1]] + ... + x[line[n]]}, each once. */
    List<int[]> lines() {
        return lines;
    }
}
