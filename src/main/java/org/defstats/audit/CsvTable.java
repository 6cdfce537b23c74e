package org.defstats.audit;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.defstats.csv.Column;
import org.defstats.jobs.JobTypes;
import org.defstats.output.TableSpec;
import org.defstats.stats.Period;

/**
 * A table read back from a CSV file (a published table, or figures typed from a report), for comparisons.
 *
 * @param name   how messages name it, e.g. {@code yearly.csv}
 * @param header the column names, as {@link Column#normalize} leaves them
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

    /** Reads a CSV file as {@link CsvTableReader} says; a missing file or a folder is refused naming the path. */
    public static CsvTable read(Path file) throws IOException {
        return CsvTableReader.read(file);
    }

    /** Reads a table defstats wrote (UTF-8), with the checks of {@link #read}. */
    public static CsvTable parse(String name, byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CsvTableReader.parse(name, new StringReader(text));
    }

    /**
     * This table (published figures) with its columns named as {@code computed} names them: a column that
     * {@code computed} lacks is renamed when it is an English or Korean name that inputs accept for one of
     * {@code computed}'s columns ({@code 연도} or {@code year} for {@code period}, {@code 합계} for {@code total}).
     *
     * @throws IllegalArgumentException when two columns become one, or a name could be either of two columns
     */
    CsvTable inColumnsOf(CsvTable computed) {
        List<Column> inputColumns = JobTypes.all().stream().flatMap(t -> t.inputs().stream())
                .flatMap(r -> r.columns().stream()).filter(c -> computed.header().contains(c.name())).toList();
        List<String> renamed = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String given = header.get(i);
            String column = given;
            if (!computed.header().contains(given)) {
                List<String> names = inputColumns.stream().filter(c -> c.matches(given)).map(Column::name).distinct()
                        .toList();
                if (names.size() > 1) {
                    throw new IllegalArgumentException(name + ":1:" + (i + 1) + ": '" + column + "' could be any of "
                            + String.join(", ", names) + " of " + computed.name() + "; name it as " + computed.name()
                            + " does");
                }
                column = names.isEmpty() ? column : names.get(0);
            }
            int before = renamed.indexOf(column);
            if (before >= 0) {
                throw new IllegalArgumentException(name + ":1:" + (i + 1) + ": columns " + (before + 1) + " and "
                        + (i + 1) + " are both the " + column + " column of " + computed.name() + "; keep one of them");
            }
            renamed.add(column);
        }
        return new CsvTable(name, renamed, rows);
    }

    /**
     * The cell of a row in a key column, a period in the form tables print it ({@code 2016년} is {@code 2016})
     * when it is one.
     */
    String keyCell(List<String> row, String column) {
        String cell = cell(row, column);
        if (cell.indexOf('\uB144') < 0) {
            return cell;
        }
        try {
            return Period.parse(cell).label();
        }
        catch (IllegalArgumentException e) {
            return cell;
        }
    }

    /** The cell of a row in a column, empty when the row is short or the table has no such column. */
    String cell(List<String> row, String column) {
        int index = header.indexOf(column);
        return index < 0 || index >= row.size() ? "" : row.get(index);
    }
}
