package org.defstats.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.defstats.output.OutputFile;
import org.defstats.output.Table;
import org.defstats.output.TableSpec;
import org.junit.jupiter.api.Test;

/** The workbook of some tables, read back with Apache POI: typed cells, formats, frozen header, the about sheet. */
class TablesWorkbookTest {

    static final TableSpec YEARLY = new TableSpec("yearly.csv", List.of(new TableSpec.Column("period", "period"),
            new TableSpec.Column("total", "persons"), new TableSpec.Column("female_share_pct", "percent"),
            new TableSpec.Column("change_persons", "persons")), List.of("period"));
    static final Table TABLE = new Table("yearly.csv", YEARLY.columnNames(), List.of(
            List.of("~1998", "947", "12.2", ""),
            List.of("2016", "1418", "78.7", "-857"),
            List.of("2017", "1127", "5.0", "-291")));
    static final About ABOUT = new About("arrivals", "arrivals", "Arrivals per year", "Ministry of Unification",
            "f".repeat(64), List.of(new About.Input("yearly", "mou-arrivals-by-year.csv", "a".repeat(64))));

    static XSSFWorkbook open(OutputFile file) throws IOException {
        assertThat(file.path()).isEqualTo("tables.xlsx");
        return new XSSFWorkbook(new ByteArrayInputStream(file.bytes()));
    }

    @Test
    void countsAreNumbersWithThousandsSeparatorsAndSharesKeepTheirDecimal() throws IOException {
        try (XSSFWorkbook workbook = open(TablesWorkbook.of(List.of(TABLE), List.of(YEARLY), ABOUT))) {
            Sheet sheet = workbook.getSheet("yearly");
            Row y2016 = sheet.getRow(2);

            assertThat(y2016.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(y2016.getCell(0).getStringCellValue()).isEqualTo("2016");
            assertThat(y2016.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(y2016.getCell(1).getNumericCellValue()).isEqualTo(1418);
            assertThat(y2016.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(y2016.getCell(2).getNumericCellValue()).isEqualTo(78.7);
            assertThat(y2016.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(y2016.getCell(3).getNumericCellValue()).isEqualTo(-857);
            assertThat(PublishedWorkbook.shown(y2016.getCell(1))).isEqualTo("1,418");
            assertThat(PublishedWorkbook.shown(sheet.getRow(3).getCell(2))).isEqualTo("5.0");
            assertThat(PublishedWorkbook.shown(sheet.getRow(3).getCell(3))).isEqualTo("-291");
        }
    }

    @Test
    void anEmptyCellStaysEmptyRatherThanZero() throws IOException {
        try (XSSFWorkbook workbook = open(TablesWorkbook.of(List.of(TABLE), List.of(YEARLY), ABOUT))) {
            Cell change = workbook.getSheet("yearly").getRow(1).getCell(3);

            assertThat(change == null || change.getCellType() == CellType.BLANK).as("no change for ~1998").isTrue();
        }
    }

    @Test
    void theHeaderIsBoldAndFrozenAndColumnsFitTheirCells() throws IOException {
        Table wide = new Table("yearly.csv", YEARLY.columnNames(), List.of(List.of("1999~2001", "1043", "45.8", ""),
                List.of("x".repeat(40), "1", "1.0", "")));
        try (XSSFWorkbook workbook = open(TablesWorkbook.of(List.of(wide), List.of(YEARLY), ABOUT))) {
            Sheet sheet = workbook.getSheet("yearly");
            PaneInformation pane = sheet.getPaneInformation();

            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("period");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(1).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(sheet.getColumnWidth(0)).as("40 characters").isGreaterThanOrEqualTo(40 * 256);
            assertThat(sheet.getColumnWidth(2)).as("female_share_pct").isGreaterThanOrEqualTo(16 * 256)
                    .isLessThan(40 * 256);
        }
    }

    @Test
    void theAboutSheetGivesTheJobSourceInputsAndUnitsButNoRunId() throws IOException {
        try (XSSFWorkbook workbook = open(TablesWorkbook.of(List.of(TABLE), List.of(YEARLY), ABOUT))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("yearly");
            assertThat(workbook.getSheetName(1)).isEqualTo("about");
            List<List<String>> about = PublishedWorkbook.texts(workbook.getSheet("about"));

            assertThat(about).contains(List.of("job", "arrivals"), List.of("type", "arrivals"),
                    List.of("description", "Arrivals per year"), List.of("source", "Ministry of Unification"),
                    List.of("fingerprint", "f".repeat(64)), List.of("run", AboutSheet.RUN_NOTE),
                    List.of("input", "file", "SHA-256"), List.of("yearly", "mou-arrivals-by-year.csv", "a".repeat(64)),
                    List.of("sheet", "table", "column", "unit"), List.of("yearly", "yearly.csv", "period", "period"),
                    List.of("yearly", "yearly.csv", "total", "persons"),
                    List.of("yearly", "yearly.csv", "female_share_pct", "percent"));
            assertThat(about.stream().flatMap(List::stream)).noneMatch(t -> t.matches(".*\\d{8}T\\d{6}Z.*"));
        }
    }

    @Test
    void sheetNamesKeepToExcelsRulesAndTablesWithoutASpecAreText() throws IOException {
        Table about = new Table("about.csv", List.of("year", "count"), List.of(List.of("2016", "1418")));
        Table longName = new Table("a-table-name-longer-than-thirty-one-characters.csv", List.of("n"),
                List.of(List.of("7")));
        try (XSSFWorkbook workbook = open(TablesWorkbook.of(List.of(about, longName), List.of(), ABOUT))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("about~2", "a-table-name-longer-than-thirty", "about");
            Cell count = workbook.getSheet("about~2").getRow(1).getCell(1);
            assertThat(count.getCellType()).as("a column of no declared unit").isEqualTo(CellType.STRING);
            assertThat(PublishedWorkbook.texts(workbook.getSheet("about")))
                    .contains(List.of("about~2", "about.csv", "count", AboutSheet.NOT_DECLARED));
        }
    }

    @Test
    void aTableLongerThanASheetGoesOnOverFurtherSheets() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(List.of("20" + (10 + i), Integer.toString(i), "1.0", ""));
        }
        Table table = new Table("yearly.csv", YEARLY.columnNames(), rows);

        List<TableSheet> sheets = TablesWorkbook.sheets(List.of(table), List.of(YEARLY), new SheetNames(), 2);

        assertThat(sheets).extracting(TableSheet::name).containsExactly("yearly", "yearly (2)", "yearly (3)");
        assertThat(sheets).extracting(TableSheet::from).containsExactly(0, 2, 4);
        assertThat(sheets).extracting(TableSheet::to).containsExactly(2, 4, 5);
    }
}
