package org.defstats.output;

import java.util.List;
import java.util.Set;

/**
 * A table that a job type publishes, as it declares it: the file name (a pattern where the job file names the
 * table, as education groups do), the columns with their units, and the key columns that identify a row.
 * {@code compare} and revisions match rows by these keys, finding the table by its columns.
 *
 * @param name    the file name, e.g. {@code yearly.csv}, or a regular expression such as {@code [a-z0-9-]+\.csv}
 * @param columns every column in order, with its unit
 * @param keys    the columns that identify a row, in the order keys are shown
 * @param rowsShapedBy the components of the job type's settings record whose change may take rows out of this
 *                table (a milestone taken out of the job file, a year range narrowed): those rows are the change
 *                asked for, while any other row a run no longer publishes is refused as {@code dropped-rows}
 */
public record TableSpec(String name, List<Column> columns, List<String> keys, Set<String> rowsShapedBy) {

    /**
     * A column of a table: its name (a stable code) and unit ({@code persons}, {@code percent}, {@code year}...).
     * A column whose unit is one of {@link #LABEL_UNITS} names rows (a year, a period, a month, a category code);
     * every other unit counts or measures, so its cells are figures.
     *
     * @param shareOf for a share, the columns of the same row that hold the persons it is a share of (their sum,
     *                where there are several: women and men); empty for a column that is no share
     */
    public record Column(String name, String unit, List<String> shareOf) {

        public Column {
            shareOf = List.copyOf(shareOf);
        }

        /** A column that is no share. */
        public Column(String name, String unit) {
            this(name, unit, List.of());
        }

        /** A share of the persons counted in the columns {@code of} of the same row. */
        public static Column share(String name, String unit, String... of) {
            return new Column(name, unit, List.of(of));
        }

        /** The units of columns whose cells are labels, even where they are written in digits ({@code 2016}). */
        public static final Set<String> LABEL_UNITS = Set.of("year", "period", "month", "code");

        /** Whether the cells of this column are labels rather than figures. */
        public boolean label() {
            return LABEL_UNITS.contains(unit);
        }
    }

    /** A table whose rows no setting takes out: every row a run no longer publishes is a dropped row. */
    public TableSpec(String name, List<Column> columns, List<String> keys) {
        this(name, columns, keys, Set.of());
    }

    public TableSpec {
        columns = List.copyOf(columns);
        keys = List.copyOf(keys);
        rowsShapedBy = Set.copyOf(rowsShapedBy);
        List<String> names = columns.stream().map(Column::name).toList();
        if (!names.containsAll(keys)) {
            throw new IllegalArgumentException(name + ": key columns " + keys + " are not all among " + names);
        }
        for (Column column : columns) {
            if (!names.containsAll(column.shareOf())) {
                throw new IllegalArgumentException(name + ": " + column.name() + " is a share of " + column.shareOf()
                        + ", not all among " + names);
            }
        }
    }

    /** This spec with {@code column} declared a share of the persons in the columns {@code of} of its row. */
    public TableSpec withShare(String column, String... of) {
        if (!columnNames().contains(column)) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return new TableSpec(name, columns.stream().map(c -> c.name().equals(column)
                ? new Column(c.name(), c.unit(), List.of(of)) : c).toList(), keys);
    }

    /** This table with the settings whose change may take rows out of it. */
    public TableSpec shapedBy(String... settings) {
        return new TableSpec(name, columns, keys, Set.of(settings));
    }

    /** Whether the file name of a published table is this table's. */
    public boolean describes(String fileName) {
        return fileName.matches(name);
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
