package org.defstats.output;

import java.io.IOException;
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

    /**
     * @param rows the rows; a list that makes each row when asked (see {@link #of}) keeps a large table from
     *             holding every cell as a string at once
     */
    public Table {
        header = List.copyOf(header);
        rows = java.util.Collections.unmodifiableList(rows);
    }

    /** A table whose rows are made from {@code items} as they are written, not all held at once. */
    public static <T> Table of(String name, List<String> header, List<T> items,
            java.util.function.Function<T, List<String>> row) {
        return new Table(name, header, new java.util.AbstractList<>() {
            @Override
            public List<String> get(int index) {
                return row.apply(items.get(index));
            }

            @Override
            public int size() {
                return items.size();
            }
        });
    }

    /** The CSV bytes of this table. */
    public byte[] csv() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(bytes,
                StandardCharsets.UTF_8)), FORMAT)) {
            printer.printRecord(header.stream().map(Table::safe).toList());
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException(name + ": a row has " + row.size() + " cells for "
                            + header.size() + " columns");
                }
                printer.printRecord(row.stream().map(Table::safe).toList());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
