package org.defstats.workbook;

import java.io.IOException;
import java.util.List;

import org.defstats.output.Table;
import org.defstats.output.TableSpec;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the rows of a table, or a part of them, as a sheet: the header in bold and frozen, figures as numbers
 * formatted as the CSV shows them, labels as text, empty cells left empty, each column as wide as its widest cell.
 * Rows are written in batches, so a large table is not held whole as cells.
 *
 * @param name    the sheet's name
 * @param table   the table
 * @param columns the table's columns with their units; a column whose unit is empty (not declared) is text
 * @param from    the first row of the table on this sheet
 * @param to      the row after the last
 */
record TableSheet(String name, Table table, List<TableSpec.Column> columns, int from, int to) {

    /** The most rows of a sheet, the header included. */
    static final int MAX_ROWS = 1_048_576;
    private static final int FLUSH_EVERY = 1_000;

    /** Whether the cells of a column are text. */
    static boolean label(TableSpec.Column column) {
        return column.unit().isEmpty() || column.label();
    }

    void write(Workbook workbook) throws IOException {
        int width = columns.size();
        boolean[] labels = new boolean[width];
        ColumnWidths[] widths = new ColumnWidths[width];
        for (int c = 0; c < width; c++) {
            labels[c] = label(columns.get(c));
            widths[c] = ColumnWidths.start();
            widths[c].fit(columns.get(c).name());
        }
        for (int r = from; r < to; r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < width; c++) {
                SheetCell cell = SheetCell.of(row.get(c), labels[c]);
                if (cell != null) {
                    widths[c].fit(cell.shown());
                }
            }
        }
        Worksheet sheet = workbook.newWorksheet(name);
        for (int c = 0; c < width; c++) {
            sheet.width(c, widths[c].width());
            sheet.inlineString(0, c, columns.get(c).name());
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        SheetCell[][] batch = new SheetCell[FLUSH_EVERY][width];
        for (int start = from; start < to; start += FLUSH_EVERY) {
            int rows = Math.min(FLUSH_EVERY, to - start);
            for (int i = 0; i < rows; i++) {
                List<String> row = table.rows().get(start + i);
                for (int c = 0; c < width; c++) {
                    batch[i][c] = SheetCell.of(row.get(c), labels[c]);
                    writeValue(sheet, start - from + 1 + i, c, batch[i][c]);
                }
            }
            formatFigures(sheet, start - from + 1, batch, rows);
            sheet.flush();
        }
        sheet.finish();
    }

    /**
     * Gives the figures of a batch of rows their number formats: a column of figures all of one format at once
     * (setting the style of each cell costs more than writing it), any other column cell by cell.
     */
    private static void formatFigures(Worksheet sheet, int firstRow, SheetCell[][] batch, int rows) {
        for (int c = 0; c < batch[0].length; c++) {
            String format = rows > 0 ? uniformFormat(batch, rows, c) : null;
            if (format != null) {
                sheet.range(firstRow, c, firstRow + rows - 1, c).style().format(format).set();
                continue;
            }
            for (int i = 0; i < rows; i++) {
                if (batch[i][c] instanceof SheetCell.Figure figure) {
                    sheet.style(firstRow + i, c).format(figure.format()).set();
                }
            }
        }
    }

    /** The format of every cell of a column of the batch, when all are figures of one format; else null. */
    private static String uniformFormat(SheetCell[][] batch, int rows, int column) {
        String format = null;
        for (int i = 0; i < rows; i++) {
            if (!(batch[i][column] instanceof SheetCell.Figure figure)
                    || (format != null && !format.equals(figure.format()))) {
                return null;
            }
            format = figure.format();
        }
        return format;
    }

    /** Writes one cell with its number format; an empty one stays without a value. */
    static void write(Worksheet sheet, int row, int column, SheetCell cell) {
        writeValue(sheet, row, column, cell);
        if (cell instanceof SheetCell.Figure figure) {
            sheet.style(row, column).format(figure.format()).set();
        }
    }

    private static void writeValue(Worksheet sheet, int row, int column, SheetCell cell) {
        if (cell instanceof SheetCell.Text text) {
            sheet.inlineString(row, column, text.text());
        }
        else if (cell instanceof SheetCell.Figure figure) {
            sheet.value(row, column, figure.number());
        }
    }
}
