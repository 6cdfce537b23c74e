package org.defstats.stocks;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;

import org.defstats.chart.ChartStyle;
import org.defstats.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The flows of one breakdown: the change of each category from a snapshot to the next of the same sex, as
 * bars from a zero line, each labelled with its signed change (the print rule of
 * {@link org.defstats.chart.ValueLabels}, in the signed format of the change axis) so that a fall of one person
 * still shows. The totals, which would dwarf the categories, are in the subtitle; it names the snapshots and sex
 * of each series, so a chart of one series needs no legend.
 */
public final class FlowsChart {

    private FlowsChart() {
    }

    /** Rows are the pairs of snapshots and sex ("2020-09 to 2022-12, all"), columns the categories in order. */
    static DefaultCategoryDataset dataset(Breakdown breakdown, List<Flow> flows, Messages text) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Flow flow : flows) {
            if (flow.category() != null) {
                // boxed, or addValue(double, ...) would turn the count into a Double
                dataset.addValue(Long.valueOf(flow.change()), series(flow, text),
                        ChartFormats.category(breakdown, flow.category(), text));
            }
        }
        return dataset;
    }

    /**
     * The chart of the flows of a breakdown.
     *
     * @throws IllegalArgumentException when there are none: a breakdown needs two snapshots of one sex
     */
    public static JFreeChart chart(Breakdown breakdown, List<Flow> flows, String source, Messages text) {
        if (flows.stream().noneMatch(f -> f.category() != null)) {
            throw new IllegalArgumentException(breakdown.code() + " has no two snapshots of the same sex, so no flows "
                    + "to chart");
        }
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.05);
        bars.setMaximumBarWidth(0.08);
        bars.setDefaultLegendShape(new java.awt.geom.Rectangle2D.Double(-9, -9, 18, 18));
        DefaultCategoryDataset dataset = dataset(breakdown, flows, text);
        for (int row = 0; row < dataset.getRowCount(); row++) {
            bars.setSeriesPaint(row, ChartStyle.paint(row));
        }

        NumberAxis changeAxis = ChartStyle.integerAxis(text.get("flows.axis.change"));
        changeAxis.setNumberFormatOverride(ChartFormats.signed());
        // room above and below for the labels, and a visible strip below zero for falls
        changeAxis.setUpperMargin(0.15);
        changeAxis.setLowerMargin(0.15);
        double lowest = flows.stream().filter(f -> f.category() != null).mapToLong(Flow::change).min().orElse(0);
        double highest = flows.stream().filter(f -> f.category() != null).mapToLong(Flow::change).max().orElse(0);
        double span = Math.max(1, highest - Math.min(0, lowest));
        changeAxis.setAutoRange(false);
        changeAxis.setRange(Math.min(0, lowest) - span * 0.12, Math.max(0, highest) + span * 0.15);

        CategoryAxis categoryAxis = new CategoryAxis(ChartFormats.title(breakdown, text));
        categoryAxis.setCategoryMargin(0.2);
        categoryAxis.setLowerMargin(0.02);
        categoryAxis.setUpperMargin(0.02);
        categoryAxis.setMaximumCategoryLabelLines(2);

        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, changeAxis, bars);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.AXIS_LINE, new BasicStroke(1.5f)));
        JFreeChart chart = ChartStyle.chart(title(breakdown, text), plot);
        ChartStyle.addSubtitle(chart, subtitle(flows, text));
        ChartStyle.addSource(chart, source);
        return chart;
    }

    static String title(Breakdown breakdown, Messages text) {
        return text.get("flows.title", ChartFormats.title(breakdown, text));
    }

    /** The totals, e.g. "Total, all: +188 (33,648 at 2020-09, 33,836 at 2022-12)", one per series. */
    static String subtitle(List<Flow> flows, Messages text) {
        List<String> totals = new ArrayList<>();
        for (Flow flow : flows) {
            if (flow.category() == null) {
                totals.add(text.get("flows.subtitle.total", ChartFormats.sex(flow.sex(), text),
                        ChartFormats.signed().format(flow.change()), ChartStyle.integerFormat().format(flow.fromCount()),
                        flow.from(), ChartStyle.integerFormat().format(flow.toCount()), flow.to()));
            }
        }
        return String.join("; ", totals);
    }

    private static String series(Flow flow, Messages text) {
        return text.get("flows.series", flow.from(), flow.to(), ChartFormats.sex(flow.sex(), text));
    }
}
