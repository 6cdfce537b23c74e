package org.defstats.output;

import java.util.List;

import org.defstats.chart.ChartFiles;
import org.jfree.chart.JFreeChart;

/**
 * A file of a run, by its path inside the run folder (e.g. {@code tables/yearly.csv}), and its bytes.
 *
 * @param table the table the file was written from, so that the workbook of the run can show it with typed
 *              cells; null for every other file
 */
public record OutputFile(String path, byte[] bytes, Table table) {

    /** A file that is not a table. */
    public OutputFile(String path, byte[] bytes) {
        this(path, bytes, null);
    }

    public static OutputFile table(Table table) {
        return new OutputFile("tables/" + table.name(), table.csv(), table);
    }

    /** A chart as {@code charts/NAME.png} and {@code charts/NAME.svg}, at the default size. */
    public static List<OutputFile> chart(String name, JFreeChart chart) {
        return List.of(
                new OutputFile("charts/" + name + ".png",
                        ChartFiles.png(chart, ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT)),
                new OutputFile("charts/" + name + ".svg",
                        ChartFiles.svg(chart, ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT)));
    }
}
