package org.defstats.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the records of one input CSV with Commons CSV, for chunk-oriented ingest steps. It decodes the file
 * in the encoding the job file gives or the one it detects, finds the job's columns in the header by any of
 * their names and in any order, and hands on a record with the header's warnings first. A file that cannot be
 * read to its end yields one {@link CsvLine.Kind#UNREADABLE} record instead of failing the step, so that the
 * problems of every input are reported together.
 */
public class CsvLineReader extends AbstractItemCountingItemStreamItemReader<CsvLine> {

    /** Step execution context key under which the reader records the input role it read. */
    public static final String INPUT_ROLE_KEY = "defstats.input.role";
    /** Step execution context key of the encoding the file was read in. */
    public static final String ENCODING_KEY = "defstats.input.encoding";
    /** Step execution context key of where the job's columns are: {@code total=4,male=2}. */
    public static final String COLUMNS_KEY = "defstats.input.columns";
    /** Step execution context key of the number of trailing empty columns skipped. */
    public static final String EMPTY_COLUMNS_KEY = "defstats.input.emptyColumns";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false)
            .get();

    private final String role;
    private final Path path;
    private final String file;
    private final String encoding;
    private final List<Column> columns;
    private CSVParser parser;
    private Iterator<CSVRecord> records = Collections.emptyIterator();
    private final List<CsvLine> pending = new ArrayList<>();
    private CsvHeader header;
    private String detectedEncoding = "";
    private long emptyColumns;
    private long lineAfterLast;
    private final ByteRange range;
    private final Encodings.Decoded partOf;
    private long lineBase;

    /**
     * @param role     the input role in the job file, e.g. {@code yearly}
     * @param path     the file, or null when the job file does not name this optional input
     * @param file     how messages name the file
     * @param encoding {@link Encodings#AUTO} or an encoding the job file gives
     * @param columns  the columns the job reads
     */
    public CsvLineReader(String role, Path path, String file, String encoding, List<Column> columns) {
        this.role = role;
        this.path = path;
        this.file = file;
        this.encoding = encoding;
        this.columns = List.copyOf(columns);
        this.range = null;
        this.partOf = null;
        setName("csv-" + role);
        // staged rows belong to one job execution, so a restarted step must read the file from the start
        setSaveState(false);
    }

    /**
     * A reader of one part of a file, for a partition of a partitioned ingest step: the header is read from the
     * start of the file, then the part's lines, numbered as lines of the whole file. Only the first part hands on
     * the header's warnings, so that they are noted once.
     *
     * @param decoded how the whole file was decoded (its reader is not used)
     */
    public CsvLineReader(String role, Path path, String file, List<Column> columns, ByteRange range,
            Encodings.Decoded decoded) {
        this.role = role;
        this.path = path;
        this.file = file;
        this.encoding = decoded.name();
        this.columns = List.copyOf(columns);
        this.range = range;
        this.partOf = decoded;
        setName("csv-" + role + "-" + range.index());
        setSaveState(false);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        super.open(executionContext);
        executionContext.putString(INPUT_ROLE_KEY, role);
        executionContext.putString(ENCODING_KEY, detectedEncoding);
        executionContext.putLong(EMPTY_COLUMNS_KEY, emptyColumns);
        if (header != null) {
            executionContext.putString(COLUMNS_KEY, String.join(",", header.numbers().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).sorted().toList()));
        }
    }

    @Override
    protected void doOpen() throws IOException {
        if (path == null) {
            return;
        }
        try {
            if (range != null) {
                openPart();
                return;
            }
            Encodings.Decoded decoded = Encodings.open(path, file, encoding);
            detectedEncoding = decoded.name();
            parser = CSVParser.parse(decoded.reader(), FORMAT);
            records = parser.iterator();
            readHeader();
        }
        catch (CsvInputException e) {
            records = Collections.emptyIterator();
            pending.add(CsvLine.unreadable(file, e.problem()));
        }
    }

    private void openPart() throws IOException {
        detectedEncoding = partOf.name();
        if (range.index() == 0) {
            parser = CSVParser.parse(Encodings.part(path, partOf, 0, range.end()), FORMAT);
            records = parser.iterator();
            readHeader();
            return;
        }
        parser = CSVParser.parse(Encodings.part(path, partOf, 0, range.start()), FORMAT);
        records = parser.iterator();
        readHeader();
        parser.close();
        pending.clear();
        parser = CSVParser.parse(Encodings.part(path, partOf, range.start(), range.end()), FORMAT);
        records = parser.iterator();
        lineBase = range.firstLine() - 1;
    }

    private void readHeader() {
        CSVRecord first = nextRecord();
        while (first != null && first.stream().allMatch(String::isBlank)) {
            first = nextRecord();
        }
        if (first == null) {
            throw new CsvInputException(file, 1, 0, "", "header", "the file has no header line; it needs one naming "
                    + describe(columns.stream().filter(Column::required).toList()));
        }
        long headerLine = lineAfterLast;
        List<String> cells = first.toList();
        int width = cells.size();
        while (width > 0 && cells.get(width - 1).isBlank()) {
            width--;
        }
        emptyColumns = cells.size() - width;
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<LineProblem> warnings = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String cell = cells.get(i).strip();
            int number = i + 1;
            Column column = columns.stream().filter(c -> c.matches(cell)).findFirst().orElse(null);
            if (column == null) {
                warnings.add(new LineProblem(file, headerLine, number, cell, "extra-column", cell.isEmpty()
                        ? "column " + number + " has no name; its cells are ignored"
                        : "column '" + LineProblem.shortened(cell) + "' is not one defstats reads here; its cells "
                                + "are ignored"));
                continue;
            }
            Integer before = numbers.putIfAbsent(column.name(), number);
            if (before != null) {
                throw new CsvInputException(file, headerLine, number, cell, "header", "columns " + before + " and "
                        + number + " are both the " + column.described() + " column; keep one of them");
            }
        }
        List<Column> missing = columns.stream().filter(c -> c.required() && !numbers.containsKey(c.name())).toList();
        if (!missing.isEmpty()) {
            throw new CsvInputException(file, headerLine, 0, String.join(",", cells), "header",
                    "missing column " + describe(missing) + "; the header has " + listed(cells.subList(0, width)));
        }
        header = new CsvHeader(columns, numbers, width);
        if (!warnings.isEmpty()) {
            pending.add(CsvLine.headerWarnings(file, header, warnings));
        }
    }

    private static String listed(List<String> cells) {
        List<String> shown = cells.stream().limit(12).map(String::strip).map(LineProblem::shortened).toList();
        return String.join(", ", shown) + (cells.size() > shown.size() ? " and " + (cells.size() - shown.size())
                + " more" : "");
    }

    private static String describe(List<Column> columns) {
        return String.join(", ", columns.stream().map(Column::described).toList());
    }

    @Override
    protected CsvLine doRead() {
        if (!pending.isEmpty()) {
            return pending.remove(0);
        }
        try {
            CSVRecord record = nextRecord();
            return record == null ? null : CsvLine.data(file, lineAfterLast, header, record.toList());
        }
        catch (CsvInputException e) {
            records = Collections.emptyIterator();
            return CsvLine.unreadable(file, e.problem());
        }
    }

    /** The next record, noting the line it starts on; null at the end. */
    private CSVRecord nextRecord() {
        if (parser == null) {
            return null;
        }
        long start = lineBase + parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            lineAfterLast = start;
            return record;
        }
        catch (UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw new CsvInputException(file, start, 0, "", "encoding", "is not " + detectedEncoding
                        + " text from here on; save the export again in one encoding");
            }
            throw csvProblem(start, e);
        }
        catch (IllegalStateException e) {
            throw csvProblem(start, e);
        }
    }

    private CsvInputException csvProblem(long start, RuntimeException e) {
        String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        return new CsvInputException(file, start, 0, "", "csv", "cannot be read as CSV from here on: " + why
                + "; look for a quote (\") that is not closed");
    }

    @Override
    protected void doClose() throws IOException {
        if (parser != null) {
            parser.close();
        }
        pending.clear();
        records = Collections.emptyIterator();
    }
}
