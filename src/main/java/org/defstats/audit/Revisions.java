package org.defstats.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.defstats.publish.Manifest;

/**
 * The figures a new run publishes differently from the previous published run of the same job: for each table
 * both runs have, each cell of a row (by key: period, year, level, threshold) whose value changed or was
 * dropped. Rows the new run adds are not revisions.
 *
 * @param previousRunId the run compared with, null when there is none
 */
public record Revisions(String previousRunId, List<Revision> revisions) {

    public static final String FILE = "revisions.csv";

    /** One revised figure. */
    public record Revision(String table, String key, String column, String previousValue, String newValue) {
    }

    public Revisions {
        revisions = List.copyOf(revisions);
    }

    /**
     * Compares new tables (file name to CSV bytes) with those of the published run in {@code previousRun}
     * ({@code latest/}), if there is one.
     */
    public static Revisions since(Path previousRun, Map<String, byte[]> tables) throws IOException {
        Path manifest = previousRun.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            return new Revisions(null, List.of());
        }
        String runId = Manifest.read(manifest).run().runId();
        List<Revision> revisions = new ArrayList<>();
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            Path before = previousRun.resolve(table.getKey());
            if (!Files.isRegularFile(before)) {
                continue;
            }
            CsvTable previous = CsvTable.read(before);
            CsvTable current = CsvTable.parse(before.getFileName().toString(), table.getValue());
            for (CellDifference d : TableDiff.compare(previous, current, TableDiff.Matching.EXACT)) {
                if (d.expected().isEmpty() && !hasRow(previous, d.key())) {
                    continue;
                }
                revisions.add(new Revision(current.name(), d.key(), d.column(), d.expected(), d.actual()));
            }
        }
        return new Revisions(runId, revisions);
    }

    private static boolean hasRow(CsvTable table, String key) {
        return TableDiff.keysOf(table).contains(key);
    }
}
