package org.defstats.output;

import java.util.List;

import org.defstats.chart.ChartFiles;
import org.jfree.chart.JFreeChart;

/** A file of a run, by its path inside the run folder (e.g. {@code tables/yearly.csv}), and its bytes. */
public record OutputFile(String path, byte[] bytes) {

    public static OutputFile table(Table table) {
        return new OutputFile("tables/" + table.name(), table.csv());
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
