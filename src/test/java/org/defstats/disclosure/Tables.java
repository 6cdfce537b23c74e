package org.defstats.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds count tables for tests from their inner cells, with every margin and the grand total summed. */
final class Tables {

    private Tables() {
    }

    static List<String> key(String... categories) {
        return List.of(categories);
    }

    /** A two-way table: {@code counts[r][c]} is the count of row category r and column category c. */
    static CountTable twoWay(String name, String rowDimension, String columnDimension, List<String> rows,
            List<String> columns, long[][] counts) {
        Map<List<String>, Long> inner = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                inner.put(key(rows.get(r), columns.get(c)), counts[r][c]);
            }
        }
        return summed(name, List.of(rowDimension, columnDimension), inner);
    }

    /** A table of any dimensions from its inner cells; each must be given, zeros too. */
    static CountTable summed(String name, List<String> dimensions, Map<List<String>, Long> inner) {
        Map<List<String>, Long> all = new HashMap<>();
        int n = dimensions.size();
        for (Map.Entry<List<String>, Long> cell : inner.entrySet()) {
            for (int mask = 0; mask < 1 << n; mask++) {
                List<String> key = new ArrayList<>(cell.getKey());
                for (int d = 0; d < n; d++) {
                    if ((mask & 1 << d) != 0) {
                        key.set(d, CountTable.TOTAL);
                    }
                }
                all.merge(List.copyOf(key), cell.getValue(), Long::sum);
            }
        }
        return new CountTable(name, dimensions, all);
    }

    /** Every key of the table with the status the function gives. */
    static Map<List<String>, CellStatus> pattern(CountTable table, List<List<String>> suppressed) {
        Map<List<String>, CellStatus> status = new HashMap<>();
        for (List<String> key : table.counts().keySet()) {
            status.put(key, suppressed.contains(key) ? CellStatus.SECONDARY : CellStatus.PUBLISHED);
        }
        return status;
    }

    /** The keys of a protected table that are not published, sorted. */
    static TreeSet<String> suppressed(ProtectedTable table) {
        TreeSet<String> keys = new TreeSet<>();
        table.status().forEach((key, status) -> {
            if (status != CellStatus.PUBLISHED) {
                keys.add(key.toString());
            }
        });
        return keys;
    }
}
