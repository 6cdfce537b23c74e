package org.defstats.register;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;

/**
 * Scans everything a register run wrote for small cells it must not show: each finding names the file (or the
 * console, or the job repository) and how the cell shows there. Published table CSVs, the workbook, the reports and
 * the charts are read for the cell itself (its row, its bar); every file, every entry of the workbook's zip, every
 * row of the H2 job repository (execution contexts deserialised) and the console are searched for text that would
 * give a cell away: a CSV line {@code 2022,male,1}, a map entry {@code [2022, male]=1}, a JSON object holding the
 * categories and the count, or a dump of the job's unprotected records.
 */
final class LeakScanner {

    /** A cell of an unprotected table whose count is from 1 to threshold − 1. */
    record SmallCell(List<String> dimensions, List<String> key, long value) {
        String table() {
            return RegisterRuns.fileName(dimensions);
        }
    }

    /** Names of records that hold unprotected counts; their toString in any output is a leak. */
    private static final List<String> DUMPS = List.of("Cell[table=", "CountTable[", "ProtectedTable[",
            "Tabulation@", "counts=");

    private final List<SmallCell> cells;
    private final List<String> findings = new ArrayList<>();
    private int contexts;

    private LeakScanner(List<SmallCell> cells) {
        this.cells = cells;
    }

    /** Every finding of the cells in the output folder and the console; none when nothing leaked. */
    static List<String> scan(Path output, String console, List<SmallCell> cells) throws Exception {
        LeakScanner scanner = new LeakScanner(cells);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(output)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = output.relativize(file).toString().replace('\\', '/');
            byte[] bytes = Files.readAllBytes(file);
            scanner.text(name, new String(bytes, StandardCharsets.UTF_8));
            scanner.text(name + " (bytes)", new String(bytes, StandardCharsets.ISO_8859_1));
            if (name.endsWith(".xlsx")) {
                scanner.workbook(name, bytes);
            }
            else if (name.matches(".*/tables/[^/]+\\.csv")) {
                scanner.table(name, file);
            }
            else if (name.matches(".*/report(\\.ko)?\\.html")) {
                scanner.report(name, new String(bytes, StandardCharsets.UTF_8), name.endsWith(".ko.html") ? "ko"
                        : "en");
            }
            else if (name.matches(".*/charts/.*\\.svg")) {
                scanner.chart(name, file, name.contains("/charts/ko/") ? "ko" : "en");
            }
            else if (name.endsWith("repository.mv.db")) {
                scanner.repository(name, file);
            }
        }
        scanner.text("console", console);
        return scanner.findings;
    }

    private void find(String where, String what) {
        findings.add(where + ": " + what);
    }

    /** Text that would give a cell away, wherever it is. */
    private void text(String where, String text) {
        for (String dump : DUMPS) {
            if (text.contains(dump)) {
                find(where, "holds '" + dump + "'");
            }
        }
        for (SmallCell cell : cells) {
            String v = Long.toString(cell.value());
            String csv = Pattern.quote(String.join(",", cell.key()) + "," + v);
            if (Pattern.compile("(?<![\\w.-])" + csv + "(?![\\w.])").matcher(text).find()) {
                find(where, "a line " + String.join(",", cell.key()) + "," + v);
            }
            if (text.contains(cell.key().toString() + "=" + v)) {
                find(where, "an entry " + cell.key() + "=" + v);
            }
            var objects = Pattern.compile("\\{[^{}]*\\}").matcher(text);
            while (objects.find()) {
                String object = objects.group();
                if (cell.key().stream().filter(c -> !c.equals(RegisterRuns.TOTAL))
                        .allMatch(c -> object.contains("\"" + c + "\""))
                        && Pattern.compile("\"count\"\\s*:\\s*\"?" + v + "\\b").matcher(object).find()) {
                    find(where, "an object of " + cell.key() + " with count " + v);
                }
            }
        }
    }

    /** A published table: each small cell's row is confidential, its count empty. */
    private void table(String where, Path csv) {
        for (SmallCell cell : cells) {
            if (where.endsWith("/tables/" + cell.table())) {
                for (RegisterRuns.Row row : RegisterRuns.rows(csv, cell.dimensions())) {
                    if (row.key().equals(cell.key()) && (!row.status().equals("C") || !row.count().isEmpty())) {
                        find(where, "row " + cell.key() + " is " + row.count() + "," + row.status());
                    }
                }
            }
        }
    }

    /** The workbook's sheets, as a spreadsheet shows them, and the text of every entry of its zip. */
    private void workbook(String where, byte[] bytes) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text(where + "!" + entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (SmallCell cell : cells) {
                Sheet sheet = workbook.getSheet(cell.table().replaceFirst("\\.csv$", ""));
                if (sheet == null) {
                    continue;
                }
                for (Row row : sheet) {
                    int k = cell.key().size();
                    boolean same = true;
                    for (int c = 0; c < k; c++) {
                        Cell label = row.getCell(c);
                        same &= label != null && label.getCellType() == CellType.STRING
                                && label.getStringCellValue().equals(cell.key().get(c));
                    }
                    Cell count = row.getCell(k);
                    if (same && count != null && count.getCellType() != CellType.BLANK) {
                        find(where + "!" + sheet.getSheetName(), "row " + cell.key() + " shows "
                                + (count.getCellType() == CellType.NUMERIC ? count.getNumericCellValue()
                                        : count.toString()));
                    }
                }
            }
        }
    }

    /** The report's table of each small cell: its row shows no count. */
    private void report(String where, String html, String language) throws IOException {
        Properties words = ReportTables.catalogue(language);
        for (SmallCell cell : cells) {
            List<String> labels = new ArrayList<>();
            for (int k = 0; k < cell.key().size(); k++) {
                labels.add(ReportTables.shown(words, cell.dimensions().get(k),
                        cell.key().get(k)));
            }
            int found = 0;
            for (List<String> row : ReportTables.rows(html, cell.table())) {
                if (row.subList(0, labels.size()).equals(labels)) {
                    found++;
                    if (!row.get(labels.size()).equals("empty:–")) {
                        find(where, "row " + labels + " shows " + row.get(labels.size()));
                    }
                }
            }
            if (found != 1) {
                find(where, "has " + found + " rows " + labels + ", not one");
            }
        }
    }

    /** The chart of each small cell's table: no bar or marker at the cell (charts draw no margins). */
    private void chart(String where, Path svg, String language) throws IOException {
        Properties words = ReportTables.catalogue(language);
        List<ChartBars.Drawn> drawn = null;
        for (SmallCell cell : cells) {
            if (!where.endsWith("/" + cell.table().replaceFirst("\\.csv$", ".svg"))
                    || cell.key().contains(RegisterRuns.TOTAL)) {
                continue;
            }
            drawn = drawn == null ? ChartBars.readQuietly(svg) : drawn;
            String group = ChartBars.words(ReportTables.label(words,
                    cell.dimensions().get(0), cell.key().get(0)));
            String series = ReportTables.label(words, cell.dimensions().get(1),
                    cell.key().get(1));
            for (ChartBars.Drawn d : drawn) {
                if (d.group().equals(group) && d.series().equals(series)) {
                    find(where, "draws " + cell.key() + " as " + Math.round(d.value()));
                }
            }
        }
    }

    /**
     * Every row of every table of the H2 job repository, execution contexts deserialised (they are stored as
     * Base64 of serialised maps, which a text search of the file would not see through).
     */
    private void repository(String where, Path file) throws SQLException {
        String path = file.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "");
        StringBuilder dump = new StringBuilder();
        int rows = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + path + ";IFEXISTS=TRUE", "sa",
                ""); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE "
                    + "TABLE_SCHEMA = 'PUBLIC'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        dump.append(table).append(':');
                        for (int c = 1; c <= columns; c++) {
                            String value = rs.getString(c);
                            dump.append(' ').append(value);
                            if (value != null && rs.getMetaData().getColumnName(c).endsWith("CONTEXT")) {
                                dump.append(' ').append(context(value));
                            }
                        }
                        dump.append('\n');
                    }
                }
            }
        }
        if (rows == 0 || contexts == 0) {
            find(where, "gave " + rows + " rows and " + contexts + " execution contexts, so its scan proves nothing");
        }
        text(where + " (rows)", dump.toString());
    }

    private String context(String serialized) {
        try (InputStream in = new ByteArrayInputStream(serialized.getBytes(StandardCharsets.UTF_8))) {
            Map<String, Object> map = new DefaultExecutionContextSerializer().deserialize(in);
            contexts++;
            return map.toString();
        }
        catch (Exception e) {
            return "(not a serialised context: " + e.getMessage() + ")";
        }
    }
}
