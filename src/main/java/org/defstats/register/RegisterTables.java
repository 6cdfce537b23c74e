package org.defstats.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.defstats.disclosure.CellStatus;
import org.defstats.disclosure.CountTable;
import org.defstats.disclosure.ProtectedTable;
import org.defstats.output.Table;
import org.defstats.output.TableSpec;

/**
 * The published tables of a register job, from protected tables only: a column per dimension (a category code,
 * or {@code total} for a margin), {@code count}, empty where the cell is suppressed, and {@code conf_status}, the
 * SDMX confidentiality status: {@code F} (free) for a published count, {@code C} (confidential) for a suppressed
 * one. Primary and secondary suppressions share the one flag on purpose: a flag saying "primary" would tell that
 * the count is from 1 to threshold − 1.
 */
public final class RegisterTables {

    public static final String TOTAL = "total";
    public static final String FREE = "F";
    public static final String CONFIDENTIAL = "C";
    /** The most dimensions a table has. */
    public static final int MAX_DIMENSIONS = 3;

    private RegisterTables() {
    }

    /** The file name of a table of these dimensions: {@code arrival_year-sex.csv}. */
    public static String fileName(List<String> dimensions) {
        return String.join("-", dimensions) + ".csv";
    }

    /** A spec for every table a job file can ask for: each ordering of one to three distinct dimensions. */
    public static List<TableSpec> specs() {
        List<TableSpec> specs = new ArrayList<>();
        List<List<Dimension>> tables = new ArrayList<>();
        tables.add(List.of());
        for (int size = 1; size <= MAX_DIMENSIONS; size++) {
            List<List<Dimension>> longer = new ArrayList<>();
            for (List<Dimension> prefix : tables) {
                for (Dimension d : Dimension.values()) {
                    if (!prefix.contains(d)) {
                        List<Dimension> next = new ArrayList<>(prefix);
                        next.add(d);
                        longer.add(next);
                    }
                }
            }
            longer.forEach(t -> specs.add(spec(t)));
            tables = longer;
        }
        return List.copyOf(specs);
    }

    static TableSpec spec(List<Dimension> dimensions) {
        List<TableSpec.Column> columns = new ArrayList<>();
        // a year column holds its margin, total, too: a code, which the report and workbook show as All years
        dimensions.forEach(d -> columns.add(new TableSpec.Column(d.code(), "code")));
        columns.add(new TableSpec.Column("count", "persons"));
        columns.add(new TableSpec.Column("conf_status", "code"));
        return new TableSpec(fileName(dimensions.stream().map(Dimension::code).toList()), columns,
                dimensions.stream().map(Dimension::code).toList());
    }

    /** A protected table as published, rows in category order with each margin after its categories. */
    public static Table table(ProtectedTable protectedTable, AgeBands bands) {
        List<Dimension> dimensions = protectedTable.dimensions().stream()
                .map(d -> Dimension.ofCode(d).orElseThrow()).toList();
        List<String> header = new ArrayList<>(protectedTable.dimensions());
        header.add("count");
        header.add("conf_status");
        List<List<String>> keys = protectedTable.status().keySet().stream().sorted(order(dimensions, bands)).toList();
        Map<List<String>, CellStatus> status = protectedTable.status();
        return Table.of(fileName(protectedTable.dimensions()), header, keys, key -> {
            List<String> row = new ArrayList<>();
            key.forEach(category -> row.add(category.equals(CountTable.TOTAL) ? TOTAL : category));
            boolean published = status.get(key) == CellStatus.PUBLISHED;
            row.add(published ? Long.toString(protectedTable.count(key).orElseThrow()) : "");
            row.add(published ? FREE : CONFIDENTIAL);
            return row;
        });
    }

    /** Keys in the order of each dimension's categories, the total last. */
    static Comparator<List<String>> order(List<Dimension> dimensions, AgeBands bands) {
        Comparator<List<String>> order = (a, b) -> 0;
        for (int k = 0; k < dimensions.size(); k++) {
            int position = k;
            Dimension dimension = dimensions.get(k);
            order = order.thenComparingInt(key -> rank(dimension, key.get(position), bands));
        }
        return order;
    }

    static int rank(Dimension dimension, String category, AgeBands bands) {
        if (category.equals(CountTable.TOTAL)) {
            return Integer.MAX_VALUE;
        }
        if (dimension == Dimension.ARRIVAL_YEAR) {
            return Integer.parseInt(category);
        }
        for (int i = 0; i < dimension.size(bands); i++) {
            if (dimension.category(i, bands).equals(category)) {
                return i;
            }
        }
        throw new IllegalArgumentException("'" + category + "' is not a category of " + dimension.code());
    }
}
