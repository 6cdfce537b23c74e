package org.defstats.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.defstats.jobs.JobTypes;
import org.defstats.output.TableSpec;

/**
 * A table read back from a CSV file (a published table, or figures typed from a report), for comparisons.
 *
 * @param name   how messages name it, e.g. {@code yearly.csv}
 * @param header the column names, trimmed and lower-cased
 */
public record CsvTable(String name, List<String> header, List<List<String>> rows) {

    /** The columns that identify a row of some table of a job type, for messages. */
    static List<String> knownKeyColumns() {
        return JobTypes.tables().stream().flatMap(t -> t.keys().stream()).distinct().toList();
    }

    /**
     * The key columns of this table, as the job type that publishes such a table declares them: of the tables
     * whose key columns this one has, the one that shares most columns with it (so a milestones table, where the
     * period is a figure, is keyed by its threshold); none when no table fits.
     */
    List<String> keyColumns() {
        return JobTypes.tables().stream()
                .filter(t -> !t.keys().isEmpty() && header.containsAll(t.keys()))
                .max(Comparator.comparingLong((TableSpec t) -> t.columnNames().stream().filter(header::contains)
                        .count()).thenComparingInt(t -> t.keys().size()))
                .map(TableSpec::keys)
                .orElse(List.of());
    }

    public CsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static CsvTable read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllBytes(file));
    }

    public static CsvTable parse(String name, byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (Reader reader = new StringReader(text);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get())) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record.stream().map(String::strip).toList());
            }
            if (records.isEmpty()) {
                throw new IOException(name + " is empty; it needs a header line");
            }
            return new CsvTable(name, records.get(0).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList(),
                    records.subList(1, records.size()));
        }
        catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IOException(name + " is not a CSV table: " + e.getMessage(), e);
        }
    }

    /** The cell of a row in a column, empty when the row is short or the table has no such column. */
    String cell(List<String> row, String column) {
        int index = header.indexOf(column);
        return index < 0 || index >= row.size() ? "" : row.get(index);
    }
}
