package org.defstats.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.defstats.output.OutputFile;
import org.defstats.publish.Manifest;
import org.defstats.publish.Revisions;

/**
 * Finds the {@link Revisions} of a new run: its tables compared cell by cell with those of the run published before,
 * and the rows of those tables it no longer publishes.
 */
public final class TableRevisions {

    private static final String TABLES = "tables/";

    private TableRevisions() {
    }

    /**
     * Compares the tables among {@code outputs} with those of the published run in {@code previousRun}, a folder
     * the caller checked against the job repository's record of that run.
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
        List<Revisions.DroppedRow> dropped = new ArrayList<>();
        Set<String> published = new HashSet<>();
        for (OutputFile table : outputs) {
            Path before = previousRun.resolve(table.path());
            if (!table.path().startsWith(TABLES) || !Files.isRegularFile(before)) {
                continue;
            }
            published.add(table.path());
            CsvTable previous = CsvTable.read(before);
            CsvTable current = CsvTable.parse(before.getFileName().toString(), table.bytes());
            Set<String> previousKeys = TableDiff.keysOf(previous);
            Set<String> currentKeys = TableDiff.keysOf(current);
            previousKeys.stream().filter(key -> !currentKeys.contains(key))
                    .forEach(key -> dropped.add(new Revisions.DroppedRow(current.name(), key)));
            for (CellDifference d : TableDiff.compare(previous, current, TableDiff.Matching.EXACT)) {
                if (d.expected().isEmpty() && !previousKeys.contains(d.key())) {
                    continue;
                }
                revisions.add(new Revisions.Revision(current.name(), d.key(), d.column(), d.expected(), d.actual()));
            }
        }
        for (String path : previousTables(previousRun)) {
            if (!published.contains(path)) {
                CsvTable previous = CsvTable.read(previousRun.resolve(path));
                TableDiff.keysOf(previous).forEach(key -> dropped.add(new Revisions.DroppedRow(previous.name(), key)));
            }
        }
        return new Revisions(runId, revisions, dropped);
    }

    /** The CSV tables of the previous run, by path relative to its folder, in name order. */
    private static List<String> previousTables(Path previousRun) throws IOException {
        Path tables = previousRun.resolve(TABLES);
        if (!Files.isDirectory(tables)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(tables)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> previousRun.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".csv"))
                    .sorted().collect(Collectors.toList());
        }
    }
}
