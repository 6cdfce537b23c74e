package org.defstats.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.defstats.output.OutputFile;
import org.defstats.publish.Manifest;
import org.defstats.publish.Revisions;

/** Finds the {@link Revisions} of a new run: its tables compared cell by cell with those of the run published before. */
public final class TableRevisions {

    private static final String TABLES = "tables/";

    private TableRevisions() {
    }

    /**
     * Compares the tables among {@code outputs} with those of the published run in {@code previousRun}
     * ({@code latest/}), if there is one.
     *
     * @throws IOException when the previous run's manifest or tables cannot be read
     */
    public static Revisions since(Path previousRun, List<OutputFile> outputs) throws IOException {
        Path manifest = previousRun.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            return Revisions.none();
        }
        String runId = Manifest.read(manifest).run().runId();
        List<Revisions.Revision> revisions = new ArrayList<>();
        for (OutputFile table : outputs) {
            Path before = previousRun.resolve(table.path());
            if (!table.path().startsWith(TABLES) || !Files.isRegularFile(before)) {
                continue;
            }
            CsvTable previous = CsvTable.read(before);
            CsvTable current = CsvTable.parse(before.getFileName().toString(), table.bytes());
            for (CellDifference d : TableDiff.compare(previous, current, TableDiff.Matching.EXACT)) {
                if (d.expected().isEmpty() && !hasRow(previous, d.key())) {
                    continue;
                }
                revisions.add(new Revisions.Revision(current.name(), d.key(), d.column(), d.expected(), d.actual()));
            }
        }
        return new Revisions(runId, revisions);
    }

    private static boolean hasRow(CsvTable table, String key) {
        return TableDiff.keysOf(table).contains(key);
    }
}
