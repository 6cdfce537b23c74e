package org.defstats.output;

import java.util.List;

/**
 * The words of a published table in one language, as its job type's message catalogue gives them: the table's
 * title and description, and each column's, in the order of the table's columns.
 */
public record TableText(String title, String description, List<ColumnText> columns) {

    public TableText {
        columns = List.copyOf(columns);
    }

    /** A column's title and description; {@code name} is its stable code, the CSV header. */
    public record ColumnText(String name, String title, String description) {
    }
}
