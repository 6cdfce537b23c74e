package org.defstats.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.defstats.csv.Column;
import org.defstats.csv.CsvInputException;
import org.defstats.csv.Encodings;
import org.defstats.csv.LineCheck;
import org.defstats.csv.LineProblem;

/**
 * Reads a CSV table as inputs are read (UTF-8 with or without BOM, or CP949; header cells after
 * {@link Column#normalize}; full-width digits folded) and refuses what would make a comparison silently wrong:
 * a column named twice, a value beyond the header's columns, a figure grouped otherwise than by thousands.
 * Each refusal is an {@link IOException} whose message is one {@code file:line:column: message [rule]} line.
 */
final class CsvTableReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    /** A figure as reports print it, with commas somewhere in its whole part: {@code 1,418}, {@code −1,036.5%}. */
    private static final Pattern FIGURE_WITH_COMMAS = Pattern.compile("[-\u2212]?([0-9][0-9,]*,[0-9,]*)(\\.[0-9]+)?%?");

    private CsvTableReader() {
    }

    /** A file given on the command line: a missing file or a folder is one line naming the path and what to do. */
    static CsvTable read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder; give a CSV file, such as one of the CSV files in it");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file; check the path, or give the table's CSV file");
        }
        try {
            Encodings.Decoded decoded = Encodings.open(file, name, Encodings.AUTO);
            try (Reader reader = decoded.reader()) {
                return parse(name, reader);
            }
        }
        catch (CsvInputException e) {
            throw new IOException(e.getMessage(), e);
        }
        catch (UncheckedIOException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static CsvTable parse(String name, Reader reader) throws IOException {
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                List<String> cells = records.next().stream().map(c -> Column.fold(c).strip()).toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (header == null) {
                    header = header(name, line, cells);
                }
                else {
                    rows.add(row(name, line, header.size(), cells));
                }
            }
            if (header == null) {
                throw new IOException(problem(name, 1, 0, "", "header", "is empty; it needs a header line naming "
                        + "its columns"));
            }
            return new CsvTable(name, header, rows);
        }
        catch (IllegalArgumentException | UncheckedIOException e) {
            throw new IOException(name + " is not a CSV table: " + e.getMessage(), e);
        }
    }

    private static List<String> header(String name, long line, List<String> cells) throws IOException {
        int width = width(cells);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (int i = 0; i < width; i++) {
            String column = Column.normalize(cells.get(i));
            if (column.isEmpty()) {
                throw new IOException(problem(name, line, i + 1, "", "header", "column " + (i + 1)
                        + " has no name; name it as the table does, or remove its cells"));
            }
            Integer before = numbers.putIfAbsent(column, i + 1);
            if (before != null) {
                throw new IOException(problem(name, line, i + 1, cells.get(i), "header", "columns " + before + " and "
                        + (i + 1) + " are both '" + column + "'; keep one of them"));
            }
        }
        return List.copyOf(numbers.keySet());
    }

    private static List<String> row(String name, long line, int width, List<String> cells) throws IOException {
        for (int i = width; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                throw new IOException(problem(name, line, i + 1, cells.get(i), "row-width", "the row has a value in "
                        + "column " + (i + 1) + ", beyond the " + width + " columns of the header; remove it or name "
                        + "its column in the header"));
            }
        }
        for (int i = 0; i < Math.min(width, cells.size()); i++) {
            var figure = FIGURE_WITH_COMMAS.matcher(cells.get(i));
            if (figure.matches() && !LineCheck.groupedByThousands(figure.group(1))) {
                throw new IOException(problem(name, line, i + 1, cells.get(i), "count", "'"
                        + LineProblem.shortened(cells.get(i)) + "' is not grouped by thousands as figures are "
                        + "(1,418 or 1418); fix the cell"));
            }
        }
        return cells.size() > width ? cells.subList(0, width) : cells;
    }

    private static int width(List<String> cells) {
        int width = cells.size();
        while (width > 0 && cells.get(width - 1).isEmpty()) {
            width--;
        }
        return width;
    }

    private static String problem(String name, long line, int column, String value, String rule, String message) {
        return new LineProblem(name, line, column, value, rule, message).describe();
    }
}
