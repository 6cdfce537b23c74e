package org.defstats.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.defstats.chart.ChartFiles;
import org.defstats.text.Language;
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

    /**
     * A chart in each language, drawn by {@code chart}: the first language's as {@code charts/NAME.png} and
     * {@code .svg}, each further one's as {@code charts/LANG/NAME.png} and {@code .svg}.
     */
    public static List<OutputFile> charts(String name, List<Language> languages, Function<Language, JFreeChart> chart) {
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            Language language = languages.get(i);
            String folder = i == 0 ? "" : language.code() + "/";
            files.addAll(chart(folder + name, chart.apply(language)));
        }
        return List.copyOf(files);
    }
}
