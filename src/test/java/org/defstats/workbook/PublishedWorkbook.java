package org.defstats.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.defstats.jobs.JobTypes;
import org.defstats.output.TableSpec;

/** Assertions about the {@code tables.xlsx} of a published run, read with Apache POI, against its CSV tables. */
public final class PublishedWorkbook {

    private PublishedWorkbook() {
    }

    /** The text a spreadsheet shows for a cell, with its number format, in an English locale. */
    public static String shown(Cell cell) {
        return new DataFormatter(Locale.US).formatCellValue(cell);
    }

    /** The cells of each row as text, without trailing empty cells; an empty row is an empty list. */
    public static List<List<String>> texts(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : shown(row.getCell(c)));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * The run's workbook has a sheet per table of {@code tables/}, then {@code about}, and every sheet shows its
     * table cell by cell: figures as numbers equal to the CSV's and shown with its decimals, labels as text, empty
     * cells empty. Returns the workbook, open.
     */
    public static XSSFWorkbook assertMatchesTables(Path run) throws IOException {
        List<Path> tables;
        try (Stream<Path> files = Files.list(run.resolve("tables"))) {
            tables = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(run.resolve(TablesWorkbook.FILE))) {
            workbook = new XSSFWorkbook(in);
        }
        assertThat(workbook.getNumberOfSheets()).as("sheets").isEqualTo(tables.size() + 1);
        assertThat(workbook.getSheetName(tables.size())).isEqualTo(TablesWorkbook.ABOUT_SHEET);
        for (Path table : tables) {
            String name = table.getFileName().toString().replaceFirst("\\.csv$", "");
            Sheet sheet = workbook.getSheet(name);
            assertThat(sheet).as("sheet " + name).isNotNull();
            assertSheetShows(sheet, table);
        }
        return workbook;
    }

    private static void assertSheetShows(Sheet sheet, Path table) throws IOException {
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
            records = CSVFormat.DEFAULT.parse(reader).getRecords();
        }
        List<String> header = records.get(0).toList();
        List<TableSpec.Column> columns = JobTypes.tables().stream()
                .filter(s -> table.getFileName().toString().matches(s.name()) && s.columnNames().equals(header))
                .findFirst().orElseThrow(() -> new AssertionError("no job type declares " + table)).columns();
        assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName() + " frozen header").isTrue();
        assertThat(sheet.getLastRowNum()).as(sheet.getSheetName() + " rows").isEqualTo(records.size() - 1);
        for (int r = 0; r < records.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                String csv = records.get(r).get(c);
                Row row = sheet.getRow(r);
                Cell cell = row == null ? null : row.getCell(c);
                String where = sheet.getSheetName() + " row " + (r + 1) + " " + header.get(c);
                if (csv.isEmpty()) {
                    assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where + " empty").isTrue();
                }
                else if (r == 0 || columns.get(c).label()) {
                    assertThat(cell.getCellType()).as(where + " text").isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).as(where).isEqualTo(csv);
                }
                else {
                    assertThat(cell.getCellType()).as(where + " a number").isEqualTo(CellType.NUMERIC);
                    assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(where)
                            .isEqualByComparingTo(new BigDecimal(csv));
                    assertThat(shown(cell).replace(",", "")).as(where + " shown").isEqualTo(csv);
                }
            }
        }
    }
}
