package org.defstats.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.defstats.output.OutputFile;
import org.defstats.output.TableSpec;
import org.defstats.publish.Revisions;

/**
 * The tables of a run as report.html prints them: each {@code tables/*.csv} output read back, its columns with
 * the units its table spec declares, figures grouped by thousands, empty cells marked, and the cells this run
 * revised (by the table's key columns, as revisions name rows: {@code period=2016}) flagged with their previous
 * figure.
 */
final class ReportTables {

    private final List<TableSpec> specs;
    private final Map<String, Revisions.Revision> revised = new HashMap<>();

    ReportTables(List<TableSpec> specs, Revisions revisions) {
        this.specs = List.copyOf(specs);
        revisions.revisions().forEach(r -> revised.put(r.table() + "\n" + r.key() + "\n" + r.column(), r));
    }

    /** The table of a CSV output of the run. */
    ReportModel.TableView table(OutputFile file) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        Optional<TableSpec> spec = spec(name);
        List<List<String>> records = records(file);
        List<String> header = records.isEmpty() ? List.of() : records.get(0);
        List<ReportModel.Column> columns = header.stream().map(c -> new ReportModel.Column(c, unit(spec, c))).toList();
        List<String> keys = spec.map(TableSpec::keys).orElse(List.of());
        List<List<ReportModel.Cell>> rows = new ArrayList<>();
        boolean empty = false;
        boolean anyRevised = false;
        for (List<String> record : records.subList(Math.min(1, records.size()), records.size())) {
            String key = key(header, record, keys);
            List<ReportModel.Cell> cells = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                String column = i < header.size() ? header.get(i) : "";
                String unit = i < columns.size() ? columns.get(i).unit() : "";
                Revisions.Revision revision = revised.get(name + "\n" + key + "\n" + column);
                String text = record.get(i);
                empty |= text.isEmpty();
                anyRevised |= revision != null;
                cells.add(new ReportModel.Cell(Figures.shown(text, unit), text.isEmpty(), Figures.isAmount(text, unit),
                        revision != null, revision == null ? "" : shown(revision.previousValue(), unit)));
            }
            rows.add(cells);
        }
        return new ReportModel.TableView(name, file.path(), columns, rows, empty, anyRevised);
    }

    /** A revision, its figures printed as its table prints them. */
    ReportModel.Revision revision(Revisions.Revision revision) {
        String unit = unit(spec(revision.table()), revision.column());
        return new ReportModel.Revision(revision.table(), revision.key(), revision.column(),
                shown(revision.previousValue(), unit), shown(revision.newValue(), unit));
    }

    private static String shown(String text, String unit) {
        return text.isEmpty() ? "" : Figures.shown(text, unit);
    }

    /** The spec of a table by its file name: the name itself, or a pattern of names (education groups). */
    private Optional<TableSpec> spec(String name) {
        return specs.stream().filter(s -> s.name().equals(name)).findFirst()
                .or(() -> specs.stream().filter(s -> matches(name, s.name())).findFirst());
    }

    private static boolean matches(String name, String pattern) {
        try {
            return name.matches(pattern);
        }
        catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    private static String unit(Optional<TableSpec> spec, String column) {
        return spec.flatMap(s -> s.columns().stream().filter(c -> c.name().equals(column)).findFirst())
                .map(TableSpec.Column::unit).orElse("");
    }

    /** The key of a row as revisions name it: {@code period=2016}, key columns in the spec's order. */
    private static String key(List<String> header, List<String> record, List<String> keys) {
        StringBuilder key = new StringBuilder();
        for (String column : keys) {
            int index = header.indexOf(column);
            key.append(key.isEmpty() ? "" : " ").append(column).append('=')
                    .append(index >= 0 && index < record.size() ? record.get(index) : "");
        }
        return key.toString();
    }

    private static List<List<String>> records(OutputFile file) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(new String(file.bytes(), StandardCharsets.UTF_8)))
                    .getRecords().stream().map(CSVRecord::toList).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
