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
import org.defstats.output.TableText;
import org.defstats.publish.Revisions;
import org.defstats.text.Messages;

/**
 * The tables of a run as report.html prints them: each {@code tables/*.csv} output read back, its columns with
 * the units its table spec declares, figures grouped by thousands, empty cells marked, and the cells this run
 * revised (by the table's key columns, as revisions name rows: {@code period=2016}) flagged with their previous
 * figure. Titles of tables and columns, the labels of codes and the units are in the report's language; a share
 * gives the persons it is of (n), the sum of the columns its spec names in its row.
 */
final class ReportTables {

    private final List<TableSpec> specs;
    private final ReportWords words;
    private final Messages text;
    private final Map<String, Revisions.Revision> revised = new HashMap<>();

    ReportTables(List<TableSpec> specs, Revisions revisions, ReportWords words, Messages text) {
        this.specs = List.copyOf(specs);
        this.words = words;
        this.text = text;
        revisions.revisions().forEach(r -> revised.put(r.table() + "\n" + r.key() + "\n" + r.column(), r));
    }

    /** The table of a CSV output of the run. */
    ReportModel.TableView table(OutputFile file) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        Optional<TableSpec> spec = spec(name);
        List<List<String>> records = records(file);
        List<String> header = records.isEmpty() ? List.of() : records.get(0);
        Optional<TableText> words = spec.map(s -> this.words.table(name, s));
        List<String> units = header.stream().map(c -> unit(spec, c)).toList();
        List<ReportModel.Column> columns = header.stream().map(c -> new ReportModel.Column(c, title(words, c),
                unitWords(unit(spec, c)))).toList();
        List<String> keys = spec.map(TableSpec::keys).orElse(List.of());
        List<List<Integer>> shareOf = header.stream().map(c -> shareOf(spec, c, header)).toList();
        List<List<ReportModel.Cell>> rows = new ArrayList<>();
        boolean empty = false;
        boolean anyRevised = false;
        for (List<String> record : records.subList(Math.min(1, records.size()), records.size())) {
            String key = key(header, record, keys);
            List<ReportModel.Cell> cells = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                String column = i < header.size() ? header.get(i) : "";
                String unit = i < units.size() ? units.get(i) : "";
                Revisions.Revision revision = revised.get(name + "\n" + key + "\n" + column);
                String cell = record.get(i);
                empty |= cell.isEmpty();
                anyRevised |= revision != null;
                String shown = "code".equals(unit) && !cell.isEmpty()
                        ? this.words.value(name, column, cell).orElse(cell) : Figures.shown(cell, unit);
                String n = cell.isEmpty() || i >= shareOf.size() ? "" : persons(record, shareOf.get(i));
                cells.add(new ReportModel.Cell(shown, cell.isEmpty(), Figures.isAmount(cell, unit), revision != null,
                        revision == null ? "" : shown(revision.previousValue(), unit), n));
            }
            rows.add(cells);
        }
        boolean shares = shareOf.stream().anyMatch(s -> !s.isEmpty());
        return new ReportModel.TableView(name, words.map(TableText::title).orElse(name), file.path(), columns, rows,
                empty, anyRevised, shares);
    }

    private static String title(Optional<TableText> words, String column) {
        return words.flatMap(w -> w.columns().stream().filter(c -> c.name().equals(column)).findFirst())
                .map(TableText.ColumnText::title).orElse(column);
    }

    /** A unit in the report's language ({@code persons}, {@code 명}); empty for the units of labels. */
    private String unitWords(String unit) {
        if (unit.isEmpty() || TableSpec.Column.LABEL_UNITS.contains(unit)) {
            return "";
        }
        return text.find("unit." + unit).orElse(unit);
    }

    /** The indexes in the header of the columns a share is of; empty for a column that is no share. */
    private static List<Integer> shareOf(Optional<TableSpec> spec, String column, List<String> header) {
        return spec.flatMap(s -> s.columns().stream().filter(c -> c.name().equals(column)).findFirst())
                .map(c -> c.shareOf().stream().map(header::indexOf).toList()).orElse(List.of());
    }

    /** The persons a share of a row is of: the sum of its base cells, empty where one is missing. */
    private static String persons(List<String> record, List<Integer> base) {
        if (base.isEmpty()) {
            return "";
        }
        long sum = 0;
        for (int index : base) {
            String cell = index >= 0 && index < record.size() ? record.get(index) : "";
            if (!cell.matches("[0-9]{1,18}")) {
                return "";
            }
            sum = Math.addExact(sum, Long.parseLong(cell));
        }
        return Figures.shown(Long.toString(sum), "persons");
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
