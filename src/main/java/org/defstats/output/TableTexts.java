package org.defstats.output;

import java.util.ArrayList;
import java.util.List;

import org.defstats.text.Messages;

/**
 * Reads the words of a table from a job type's message catalogue, by key: {@code table.KEY.title} and
 * {@code table.KEY.description} for the table, and for each column {@code column.KEY.COLUMN.title} and
 * {@code .description}, or where the catalogue has no such key the words every table of the type shares for
 * that column, {@code column.COLUMN.title} and {@code .description}. A key missing in both places is an error
 * naming the catalogue, as for every text a job type publishes.
 */
public final class TableTexts {

    private TableTexts() {
    }

    /**
     * @param key       the table's key in the catalogue, its file name without {@code .csv} for a table of a fixed
     *                  name
     * @param arguments replace {@code {0}}, {@code {1}}… in the table's title and description
     */
    public static TableText of(Messages messages, String key, TableSpec spec, Object... arguments) {
        List<TableText.ColumnText> columns = new ArrayList<>();
        for (TableSpec.Column column : spec.columns()) {
            columns.add(new TableText.ColumnText(column.name(), column(messages, key, column.name(), "title"),
                    column(messages, key, column.name(), "description")));
        }
        return new TableText(messages.get("table." + key + ".title", arguments),
                messages.get("table." + key + ".description", arguments), columns);
    }

    /** The key of a table of a fixed name in the catalogue: {@code yearly} for {@code yearly.csv}. */
    public static String key(String table) {
        return table.endsWith(".csv") ? table.substring(0, table.length() - ".csv".length()) : table;
    }

    private static String column(Messages messages, String table, String column, String what) {
        return messages.find("column." + table + "." + column + "." + what)
                .orElseGet(() -> messages.get("column." + column + "." + what));
    }
}
