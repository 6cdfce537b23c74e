package org.defstats.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.defstats.output.OutputFile;
import org.defstats.output.Table;
import org.defstats.output.TableSpec;
import org.dhatim.fastexcel.Workbook;

/**
 * The Excel workbook of a run, {@code tables.xlsx}: a sheet per table, named after its file without {@code .csv},
 * then the {@code about} sheet. The same tables and {@link About} give the same bytes on every run and machine:
 * the document's dates and the zip entries' times are fixed, and nothing depends on the locale, the time zone or
 * the user. A table longer than a sheet holds goes on over further sheets ({@code NAME (2)}...).
 */
public final class TablesWorkbook {

    public static final String FILE = "tables.xlsx";
    public static final String ABOUT_SHEET = "about";
    /** The document's creation and modification date, the time of its zip entries too. */
    static final String DOCUMENT_DATE = "2000-01-01T00:00:00Z";
    private static final String CORE_PROPERTIES = "docProps/core.xml";

    private TablesWorkbook() {
    }

    /**
     * @param tables the tables, in the order of their sheets
     * @param specs  the tables the job type declares, which give the units of each table's columns
     */
    public static OutputFile of(List<Table> tables, List<TableSpec> specs, About about) {
        SheetNames names = new SheetNames();
        String aboutName = names.name(ABOUT_SHEET);
        List<TableSheet> sheets = sheets(tables, specs, names, TableSheet.MAX_ROWS - 1);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(written, "defstats", null);
            // fastexcel's own default, which its authors found the best for size and time
            workbook.setCompressionLevel(4);
            for (TableSheet sheet : sheets) {
                sheet.write(workbook);
            }
            AboutSheet.write(workbook, aboutName, AboutSheet.lines(about, sheets));
            workbook.finish();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = ReproducibleZip.rewrite(written.toByteArray(),
                Map.of(CORE_PROPERTIES, coreProperties(about).getBytes(StandardCharsets.UTF_8)));
        return new OutputFile(FILE, bytes);
    }

    /** The sheets of the tables, each holding at most {@code perSheet} rows under its header. */
    static List<TableSheet> sheets(List<Table> tables, List<TableSpec> specs, SheetNames names, int perSheet) {
        List<TableSheet> sheets = new ArrayList<>();
        for (Table table : tables) {
            String base = table.name().endsWith(".csv")
                    ? table.name().substring(0, table.name().length() - ".csv".length()) : table.name();
            List<TableSpec.Column> columns = columns(table, specs);
            int rows = table.rows().size();
            int parts = Math.max(1, (rows + perSheet - 1) / perSheet);
            for (int part = 0; part < parts; part++) {
                String name = names.name(part == 0 ? base : base + " (" + (part + 1) + ")");
                int from = part * perSheet;
                sheets.add(new TableSheet(name, table, columns, from, Math.min(rows, from + perSheet)));
            }
        }
        return sheets;
    }

    /** The columns of a table with their units, from the spec that declares it; units empty when none does. */
    static List<TableSpec.Column> columns(Table table, List<TableSpec> specs) {
        return specs.stream()
                .filter(spec -> table.name().matches(spec.name()) && spec.columnNames().equals(table.header()))
                .findFirst()
                .map(TableSpec::columns)
                .orElseGet(() -> table.header().stream().map(name -> new TableSpec.Column(name, "")).toList());
    }

    private static String coreProperties(About about) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + escaped("defstats tables of " + about.job()) + "</dc:title>"
                + "<dc:creator>defstats</dc:creator>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + DOCUMENT_DATE + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + DOCUMENT_DATE + "</dcterms:modified>"
                + "</cp:coreProperties>";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
