package org.defstats.publish;

import java.util.List;

import org.defstats.output.Table;

/**
 * The figures a new run publishes differently from the previous published run of the same job: for each table
 * both runs have, each cell of a row (by key: period, year, level, threshold) whose value changed or was
 * dropped. Rows the new run adds are not revisions. The audit package finds them; the publisher lists them in
 * {@code revisions.csv} and the manifest.
 *
 * @param previousRunId the run compared with, null when there is none
 * @param dropped       the rows the previous run published that the new run lacks (a table it lacks drops all)
 */
public record Revisions(String previousRunId, List<Revision> revisions, List<DroppedRow> dropped) {

    public static final String FILE = "revisions.csv";

    /** One revised figure. */
    public record Revision(String table, String key, String column, String previousValue, String newValue) {
    }

    /** A row of a table of the previous run, by key ({@code period=2016}), that the new run does not publish. */
    public record DroppedRow(String table, String key) {
        public String describe() {
            return table + " " + key;
        }
    }

    public Revisions {
        revisions = List.copyOf(revisions);
        dropped = List.copyOf(dropped);
    }

    /** No run was published before: nothing to compare with. */
    public static Revisions none() {
        return new Revisions(null, List.of(), List.of());
    }

    /** The tables with revised figures, in name order. */
    public java.util.SortedSet<String> tables() {
        return new java.util.TreeSet<>(revisions.stream().map(Revision::table).toList());
    }

    /** The {@code revisions.csv} table: one row per revised figure. */
    public Table table() {
        return new Table(FILE, List.of("table", "key", "column", "previous_value", "previous_run_id", "new_value"),
                revisions.stream().map(r -> List.of(r.table(), r.key(), r.column(), r.previousValue(), previousRunId,
                        r.newValue())).toList());
    }
}
