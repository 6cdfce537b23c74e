package org.defstats.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.defstats.output.TableSpec;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The {@code about} sheet: the job, its description and source, its fingerprint, each input with its SHA-256, and
 * the unit of every column of every table sheet. No run id or time, so that the same inputs give the same bytes.
 */
final class AboutSheet {

    /** Where the run id is, said on the sheet instead of it. */
    static final String RUN_NOTE = "its id and time are in manifest.json, not here: the same inputs give the same "
            + "workbook";
    static final String NOT_DECLARED = "(not declared)";

    private AboutSheet() {
    }

    /** A line of the sheet: its cells, and whether it heads a list. */
    record Line(List<String> cells, boolean heading) {
    }

    /** The lines of the sheet, for the tables as their sheets show them (a table's first sheet names it). */
    static List<Line> lines(About about, List<TableSheet> sheets) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(List.of("job", about.job()), false));
        lines.add(new Line(List.of("type", about.type()), false));
        if (!about.description().isEmpty()) {
            lines.add(new Line(List.of("description", about.description()), false));
        }
        if (!about.source().isEmpty()) {
            lines.add(new Line(List.of("source", about.source()), false));
        }
        lines.add(new Line(List.of("fingerprint", about.fingerprint()), false));
        lines.add(new Line(List.of("run", RUN_NOTE), false));
        lines.add(new Line(List.of(), false));
        lines.add(new Line(List.of("input", "file", "SHA-256"), true));
        for (About.Input input : about.inputs()) {
            lines.add(new Line(List.of(input.role(), input.file(), input.sha256()), false));
        }
        lines.add(new Line(List.of(), false));
        lines.add(new Line(List.of("sheet", "table", "column", "unit"), true));
        for (TableSheet sheet : sheets) {
            if (sheet.from() > 0) {
                continue;
            }
            for (TableSpec.Column column : sheet.columns()) {
                lines.add(new Line(List.of(sheet.name(), sheet.table().name(), column.name(),
                        column.unit().isEmpty() ? NOT_DECLARED : column.unit()), false));
            }
        }
        return lines;
    }

    static void write(Workbook workbook, String name, List<Line> lines) throws IOException {
        int width = lines.stream().mapToInt(l -> l.cells().size()).max().orElse(0);
        List<ColumnWidths> widths = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            widths.add(ColumnWidths.start());
        }
        lines.forEach(line -> {
            for (int c = 0; c < line.cells().size(); c++) {
                widths.get(c).fit(line.cells().get(c));
            }
        });
        Worksheet sheet = workbook.newWorksheet(name);
        for (int c = 0; c < width; c++) {
            sheet.width(c, widths.get(c).width());
        }
        for (int r = 0; r < lines.size(); r++) {
            Line line = lines.get(r);
            for (int c = 0; c < line.cells().size(); c++) {
                TableSheet.write(sheet, r, c, SheetCell.of(line.cells().get(c), true));
                if (line.heading()) {
                    sheet.style(r, c).bold().set();
                }
            }
        }
        sheet.finish();
    }
}
