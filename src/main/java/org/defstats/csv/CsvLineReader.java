package org.defstats.csv;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the data lines of one input CSV with Commons CSV, for chunk-oriented ingest steps. The first line
 * is the header; the required columns are checked when the file is opened. Restartable: on restart it reads
 * up to where the last committed chunk ended.
 */
public class CsvLineReader extends AbstractItemCountingItemStreamItemReader<CsvLine> {

    /** Step execution context key under which the reader records the input role it read. */
    public static final String INPUT_ROLE_KEY = "defstats.input.role";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final String role;
    private final Path path;
    private final String displayName;
    private final List<String> requiredColumns;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> header;

    /**
     * @param role            the input role in the job file, e.g. {@code yearly}
     * @param path            the file, or null when the job file does not name this optional input
     * @param displayName     how messages name the file
     * @param requiredColumns lower-case names of the columns the job needs
     */
    public CsvLineReader(String role, Path path, String displayName, List<String> requiredColumns) {
        this.role = role;
        this.path = path;
        this.displayName = displayName;
        this.requiredColumns = List.copyOf(requiredColumns);
        setName("csv-" + role);
        // staged rows belong to one job execution, so a restarted step must read the file from the start
        setSaveState(false);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        executionContext.putString(INPUT_ROLE_KEY, role);
        super.open(executionContext);
    }

    @Override
    protected void doOpen() throws IOException {
        if (path == null) {
            records = java.util.Collections.emptyIterator();
            return;
        }
        Reader reader = new InputStreamReader(BOMInputStream.builder().setPath(path).get(),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        parser = CSVParser.parse(reader, FORMAT);
        records = parser.iterator();
        if (!hasNext()) {
            throw new CsvInputException(displayName, 1, 0, "", "header",
                    "the file is empty; it needs a header line with " + String.join(", ", requiredColumns));
        }
        header = next().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = requiredColumns.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new CsvInputException(displayName, 1, 0, String.join(",", header), "header",
                    "missing column " + String.join(", ", missing) + "; the header has " + String.join(", ", header)
                            + " and needs " + String.join(", ", requiredColumns));
        }
    }

    @Override
    protected CsvLine doRead() {
        if (parser == null) {
            return null;
        }
        if (!hasNext()) {
            return null;
        }
        CSVRecord record = next();
        return new CsvLine(displayName, parser.getCurrentLineNumber(), header, record.toList());
    }

    private boolean hasNext() {
        try {
            return records.hasNext();
        }
        catch (UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    private CSVRecord next() {
        try {
            return records.next();
        }
        catch (UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    private CsvInputException unreadable(UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
            return new CsvInputException(displayName, firstLineNotUtf8(), 0, "", "encoding",
                    "is not UTF-8 text; save the export as UTF-8 (CSV UTF-8 in spreadsheet programs)");
        }
        return new CsvInputException(displayName, parser.getCurrentLineNumber() + 1, 0, "", "csv",
                "cannot be read as CSV: " + e.getCause().getMessage());
    }

    /** The decoder reads ahead, so the line of a bad byte is found again by decoding line by line. */
    private long firstLineNotUtf8() {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b < 0) {
                    try {
                        StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line.toByteArray()));
                    }
                    catch (CharacterCodingException bad) {
                        return number;
                    }
                    if (b < 0) {
                        return number;
                    }
                    line.reset();
                    number++;
                }
                else {
                    line.write(b);
                }
            }
        }
        catch (IOException e) {
            return 0;
        }
    }

    @Override
    protected void doClose() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }

}
