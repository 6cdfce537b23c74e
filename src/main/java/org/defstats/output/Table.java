package org.defstats.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An output table: a file name, a header and rows of cells already formatted for publishing. Written as
 * UTF-8 CSV with LF line ends; empty cells mean "no figure". A cell that is not a number and starts like a
 * spreadsheet formula (=, +, -, @, tab or carriage return) is written with a leading apostrophe, so that
 * text from an input can never run as a formula when the table is opened.
 */
public record Table(String name, List<String> header, List<List<String>> rows) {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(name + ": a row has " + row.size() + " cells for "
                        + header.size() + " columns");
            }
        }
    }

    /** The CSV bytes of this table. */
    public byte[] csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header.stream().map(Table::safe).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Table::safe).toList());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The text of a cell as written: formula-like text that is not a number gets a leading apostrophe. */
    static String safe(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /** A count as published: digits without grouping, empty for no figure. */
    public static String cell(Long value) {
        return value == null ? "" : value.toString();
    }

    public static String cell(long value) {
        return Long.toString(value);
    }

    /** A percentage or point change as published: the plain decimal, empty for no figure. */
    public static String cell(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
