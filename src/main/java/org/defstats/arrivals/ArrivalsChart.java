package org.defstats.arrivals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.defstats.chart.ChartStyle;
import org.defstats.chart.YearAxis;
import org.defstats.stats.Period;
import org.defstats.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The arrivals chart: arrivals per year as bars stacked by sex, and the cumulative total as a line on a second
 * axis. A year published without a split by sex is drawn with its total as a grey bar of its own series, so no
 * year's figure is hidden. Blocks of years (~1998, 1999~2001) have no bar, as a bar would span several years;
 * they are counted in the cumulative line and named in the subtitle. Long series label only round years. Every
 * text is from the arrivals message catalogue of the chart's language.
 */
final class ArrivalsChart {

    private ArrivalsChart() {
    }

    /**
     * Male and female arrivals per single year; columns are the years ascending. A year without both counts has
     * its total in the row {@code series.not-split-by-sex} instead, a row there only when such a year is.
     */
    static DefaultCategoryDataset sexDataset(List<YearlyFigure> figures, Messages text) {
        List<YearlyFigure> bars = bars(figures);
        boolean unsplit = bars.stream().anyMatch(figure -> !isSplit(figure));
        String male = text.get("series.male");
        String female = text.get("series.female");
        String notSplit = text.get("series.not-split-by-sex");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (YearlyFigure figure : bars) {
            String year = column(figure);
            boolean split = isSplit(figure);
            dataset.addValue(split ? figure.male() : null, male, year);
            dataset.addValue(split ? figure.female() : null, female, year);
            if (unsplit) {
                dataset.addValue(split ? null : Long.valueOf(figure.total()), notSplit, year);
            }
        }
        return dataset;
    }

    /** The cumulative total at the end of each year drawn as a bar, blocks before it included. */
    static DefaultCategoryDataset cumulativeDataset(List<YearlyFigure> figures, Messages text) {
        String cumulative = text.get("series.cumulative");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (YearlyFigure figure : bars(figures)) {
            // boxed, or addValue(double, ...) would turn the count into a Double
            dataset.addValue(Long.valueOf(figure.cumulativeTotal()), cumulative, column(figure));
        }
        return dataset;
    }

    static JFreeChart chart(List<YearlyFigure> figures, String source, Messages text) {
        CategoryAxis yearAxis = new YearAxis(text.get("axis.year"));
        yearAxis.setCategoryMargin(0.25);
        yearAxis.setLowerMargin(0.01);
        yearAxis.setUpperMargin(0.01);

        StackedBarRenderer bars = ChartStyle.stackedBars();
        bars.setSeriesPaint(0, ChartStyle.paint(0));
        bars.setSeriesPaint(1, ChartStyle.paint(1));
        bars.setSeriesPaint(2, ChartStyle.NEUTRAL);

        CategoryPlot plot = new CategoryPlot(sexDataset(figures, text), yearAxis,
                ChartStyle.integerAxis(text.get("axis.per-year")), bars);

        NumberAxis cumulativeAxis = ChartStyle.integerAxis(text.get("axis.cumulative"));
        LineAndShapeRenderer line = ChartStyle.line(ChartStyle.paint(7));
        plot.setDataset(1, cumulativeDataset(figures, text));
        plot.setRangeAxis(1, cumulativeAxis);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, line);
        // the line over the bars
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = ChartStyle.chart(text.get("title"), plot);
        String subtitle = subtitle(figures, text);
        if (subtitle != null) {
            ChartStyle.addSubtitle(chart, subtitle);
        }
        ChartStyle.addSource(chart, source);
        return chart;
    }

    /** The figures drawn as bars: single years, ascending. */
    private static List<YearlyFigure> bars(List<YearlyFigure> figures) {
        return figures.stream()
                .filter(ArrivalsChart::isBar)
                .sorted(Comparator.comparingInt(figure -> figure.period().fromYear()))
                .toList();
    }

    private static boolean isBar(YearlyFigure figure) {
        return figure.period().kind() == Period.Kind.YEAR;
    }

    private static boolean isSplit(YearlyFigure figure) {
        return figure.male() != null && figure.female() != null;
    }

    /**
     * Names the periods counted in the line but not drawn as bars, e.g. "Cumulative total includes arrivals
     * published as blocks (~1998, 1999~2001)"; null when every figure has a bar.
     */
    static String subtitle(List<YearlyFigure> figures, Messages text) {
        List<String> blocks = new ArrayList<>();
        for (YearlyFigure figure : figures) {
            if (!isBar(figure)) {
                blocks.add(figure.period().label());
            }
        }
        return blocks.isEmpty() ? null : text.get("subtitle.blocks", String.join(", ", blocks));
    }

    /** The column key of a bar: the year. */
    private static String column(YearlyFigure figure) {
        return String.valueOf(figure.period().fromYear());
    }

}
