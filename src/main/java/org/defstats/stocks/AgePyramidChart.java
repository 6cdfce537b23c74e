package org.defstats.stocks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.defstats.chart.ChartStyle;
import org.defstats.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The age pyramid: age at entry of the latest snapshot that gives both sexes, as horizontal bars, men to the
 * left and women to the right, youngest at the bottom; each bar is labelled with its count by the print rule of
 * {@link org.defstats.chart.ValueLabels}, in the unsigned format of the persons axis.
 */
public final class AgePyramidChart {

    private AgePyramidChart() {
    }

    /** The latest month with both men and women in the age shares; empty when there is none. */
    static Optional<YearMonth> latestWithBothSexes(List<CategoryShare> ageShares) {
        return ageShares.stream().filter(s -> s.sex() == Sex.MALE).map(CategoryShare::asOf)
                .filter(m -> ageShares.stream().anyMatch(s -> s.sex() == Sex.FEMALE && s.asOf().equals(m)))
                .max(YearMonth::compareTo);
    }

    /**
     * Rows men (counts as negative numbers, so they point left) and women; columns the age bands oldest first,
     * which a horizontal plot draws from the top.
     */
    static DefaultCategoryDataset dataset(List<CategoryShare> ageShares, YearMonth asOf, Messages text) {
        String men = text.get("pyramid.series.men");
        String women = text.get("pyramid.series.women");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> bands = new ArrayList<>(Breakdown.AGE.categories());
        Collections.reverse(bands);
        for (String band : bands) {
            for (Sex sex : List.of(Sex.MALE, Sex.FEMALE)) {
                ageShares.stream().filter(s -> s.asOf().equals(asOf) && s.sex() == sex && s.category().equals(band))
                        .findFirst().ifPresent(s -> dataset.addValue(Long.valueOf(sex == Sex.MALE ? -s.count()
                                : s.count()), sex == Sex.MALE ? men : women,
                                ChartFormats.category(Breakdown.AGE, band, text)));
            }
        }
        return dataset;
    }

    /** The pyramid of the latest snapshot with both sexes, or empty when the age table gives none. */
    public static Optional<JFreeChart> chart(List<CategoryShare> ageShares, String source, Messages text) {
        return latestWithBothSexes(ageShares).map(asOf -> chart(ageShares, asOf, source, text));
    }

    private static JFreeChart chart(List<CategoryShare> ageShares, YearMonth asOf, String source, Messages text) {
        DefaultCategoryDataset dataset = dataset(ageShares, asOf, text);
        StackedBarRenderer bars = ChartStyle.stackedBars();
        bars.setSeriesPaint(0, ChartStyle.paint(0));
        bars.setSeriesPaint(1, ChartStyle.paint(1));

        CategoryAxis ageAxis = new CategoryAxis(text.get("pyramid.axis.age"));
        ageAxis.setCategoryMargin(0.15);
        ageAxis.setLowerMargin(0.02);
        ageAxis.setUpperMargin(0.02);

        NumberAxis personsAxis = ChartStyle.integerAxis(text.get("pyramid.axis.persons"));
        personsAxis.setNumberFormatOverride(ChartFormats.unsigned());
        // the same reach both ways, with room for the labels at the ends of the bars
        double reach = 0;
        for (int row = 0; row < dataset.getRowCount(); row++) {
            for (int column = 0; column < dataset.getColumnCount(); column++) {
                Number value = dataset.getValue(row, column);
                reach = value == null ? reach : Math.max(reach, Math.abs(value.doubleValue()));
            }
        }
        personsAxis.setRange(-reach * 1.18, reach * 1.18);

        CategoryPlot plot = new CategoryPlot(dataset, ageAxis, personsAxis, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // the persons axis at the bottom, next to the legend that names the sides
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.AXIS_LINE, new java.awt.BasicStroke(1.5f)));
        JFreeChart chart = ChartStyle.chart(title(asOf, text), plot);
        ChartStyle.addSubtitle(chart, subtitle(ageShares, asOf, text));
        ChartStyle.addSource(chart, source);
        return chart;
    }

    static String title(YearMonth asOf, Messages text) {
        return text.get("pyramid.title", asOf);
    }

    /** E.g. "9,396 men and 24,252 women, counted by their age when they arrived". */
    private static String subtitle(List<CategoryShare> ageShares, YearMonth asOf, Messages text) {
        long men = total(ageShares, asOf, Sex.MALE);
        long women = total(ageShares, asOf, Sex.FEMALE);
        return text.get("pyramid.subtitle", ChartStyle.integerFormat().format(men),
                ChartStyle.integerFormat().format(women));
    }

    private static long total(List<CategoryShare> shares, YearMonth asOf, Sex sex) {
        return shares.stream().filter(s -> s.asOf().equals(asOf) && s.sex() == sex).findFirst()
                .map(CategoryShare::snapshotTotal).orElse(0L);
    }
}
