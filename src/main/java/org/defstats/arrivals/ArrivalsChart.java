package org.defstats.arrivals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.defstats.chart.ChartStyle;
import org.defstats.stats.Period;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The arrivals chart: arrivals per year as bars stacked by sex, and the cumulative total as a line on a second
 * axis. Blocks of years (~1998, 1999~2001) have no bar, as a bar would span several years; they are counted in
 * the cumulative line and named in the subtitle.
 */
final class ArrivalsChart {

    static final String MALE = "Male";
    static final String FEMALE = "Female";
    static final String CUMULATIVE = "Cumulative total";
    static final String TITLE = "North Korean defectors arriving in South Korea";

    private ArrivalsChart() {
    }

    /** Male and female arrivals per single year that has both counts; columns are the years ascending. */
    static DefaultCategoryDataset sexDataset(List<YearlyFigure> figures) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (YearlyFigure figure : bars(figures)) {
            String year = column(figure);
            dataset.addValue(figure.male(), MALE, year);
            dataset.addValue(figure.female(), FEMALE, year);
        }
        return dataset;
    }

    /** The cumulative total at the end of each year drawn as a bar, blocks before it included. */
    static DefaultCategoryDataset cumulativeDataset(List<YearlyFigure> figures) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (YearlyFigure figure : bars(figures)) {
            // boxed, or addValue(double, ...) would turn the count into a Double
            dataset.addValue(Long.valueOf(figure.cumulativeTotal()), CUMULATIVE, column(figure));
        }
        return dataset;
    }

    static JFreeChart chart(List<YearlyFigure> figures, String source) {
        CategoryAxis yearAxis = new CategoryAxis("Year of arrival");
        yearAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        yearAxis.setCategoryMargin(0.25);
        yearAxis.setLowerMargin(0.01);
        yearAxis.setUpperMargin(0.01);

        StackedBarRenderer bars = ChartStyle.stackedBars();
        bars.setSeriesPaint(0, ChartStyle.paint(0));
        bars.setSeriesPaint(1, ChartStyle.paint(1));

        CategoryPlot plot = new CategoryPlot(sexDataset(figures), yearAxis,
                ChartStyle.integerAxis("Arrivals per year (persons)"), bars);

        NumberAxis cumulativeAxis = ChartStyle.integerAxis("Cumulative arrivals (persons)");
        LineAndShapeRenderer line = ChartStyle.line(ChartStyle.paint(7));
        plot.setDataset(1, cumulativeDataset(figures));
        plot.setRangeAxis(1, cumulativeAxis);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, line);
        // the line over the bars
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = ChartStyle.chart(TITLE, plot, true);
        String subtitle = subtitle(figures);
        if (subtitle != null) {
            ChartStyle.addSubtitle(chart, subtitle);
        }
        ChartStyle.addSource(chart, source);
        return chart;
    }

    /** The figures drawn as bars: single years with both counts by sex, ascending. */
    private static List<YearlyFigure> bars(List<YearlyFigure> figures) {
        return figures.stream()
                .filter(ArrivalsChart::isBar)
                .sorted(Comparator.comparingInt(figure -> figure.period().fromYear()))
                .toList();
    }

    private static boolean isBar(YearlyFigure figure) {
        return figure.period().kind() == Period.Kind.YEAR && figure.male() != null && figure.female() != null;
    }

    /**
     * Names the periods counted in the line but not drawn as bars, e.g. "Cumulative total includes arrivals
     * published as blocks (~1998, 1999~2001)"; null when every figure has a bar.
     */
    static String subtitle(List<YearlyFigure> figures) {
        List<String> blocks = new ArrayList<>();
        List<String> unsplit = new ArrayList<>();
        for (YearlyFigure figure : figures) {
            if (isBar(figure)) {
                continue;
            }
            (figure.period().kind() == Period.Kind.YEAR ? unsplit : blocks).add(figure.period().label());
        }
        List<String> parts = new ArrayList<>();
        if (!blocks.isEmpty()) {
            parts.add("as blocks (" + String.join(", ", blocks) + ")");
        }
        if (!unsplit.isEmpty()) {
            parts.add("without a split by sex (" + String.join(", ", unsplit) + ")");
        }
        return parts.isEmpty() ? null : "Cumulative total includes arrivals published " + String.join(" or ", parts);
    }

    /** The column key of a bar: the year. */
    private static String column(YearlyFigure figure) {
        return String.valueOf(figure.period().fromYear());
    }

}
