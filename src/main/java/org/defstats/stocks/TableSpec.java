package org.defstats.stocks;

import java.util.List;

import org.defstats.publish.Table;

/** A published table of the stocks job: its file name and columns, from which its header and key come. */
public record TableSpec(String name, List<TableColumn> columns) {

    public TableSpec {
        columns = List.copyOf(columns);
    }

    public List<String> header() {
        return columns.stream().map(TableColumn::name).toList();
    }

    /** The columns that identify a row, in header order. */
    public List<String> keyColumns() {
        return columns.stream().filter(TableColumn::key).map(TableColumn::name).toList();
    }

    /** The table of these columns with the given rows of cells. */
    Table table(List<List<String>> rows) {
        return new Table(name, header(), rows);
    }
}
