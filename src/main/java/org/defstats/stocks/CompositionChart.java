package org.defstats.stocks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.defstats.chart.ChartStyle;
import org.defstats.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The composition of one breakdown: a 100 % stacked bar per snapshot and sex, a colour per category in the
 * breakdown's order. Values are the published one-decimal shares, written inside each segment they fit in by the
 * print rule of {@link org.defstats.chart.ValueLabels}.
 */
public final class CompositionChart {

    /** Categories that say there is no figure of the kind, drawn in the neutral grey. */
    private static final Set<String> NEUTRAL = Set.of("unknown", "not_applicable_children");

    private CompositionChart() {
    }

    /**
     * Rows are the category labels in the breakdown's order, columns the snapshots and sexes ("2020-09 men") in
     * month order, men, women, all; a category missing in a column has a null cell.
     */
    static DefaultCategoryDataset dataset(Breakdown breakdown, List<CategoryShare> shares, Messages text) {
        Set<String> columns = new LinkedHashSet<>();
        shares.stream().sorted((a, b) -> a.asOf().equals(b.asOf()) ? a.sex().compareTo(b.sex())
                : a.asOf().compareTo(b.asOf()))
                .forEach(s -> columns.add(ChartFormats.snapshot(s.asOf(), s.sex(), text)));
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (String category : breakdown.categories()) {
            if (shares.stream().noneMatch(s -> s.category().equals(category))) {
                continue;
            }
            // every cell in order, so row and column order do not depend on which cells exist
            for (String column : columns) {
                dataset.addValue(shares.stream().filter(s -> s.category().equals(category)
                        && ChartFormats.snapshot(s.asOf(), s.sex(), text).equals(column)).findFirst()
                        .map(CategoryShare::sharePct).orElse(null),
                        ChartFormats.category(breakdown, category, text), column);
            }
        }
        return dataset;
    }

    public static JFreeChart chart(Breakdown breakdown, List<CategoryShare> shares, String source, Messages text) {
        DefaultCategoryDataset dataset = dataset(breakdown, shares, text);
        StackedBarRenderer bars = ChartStyle.stackedBars();
        List<String> categories = breakdown.categories();
        for (int row = 0; row < dataset.getRowCount(); row++) {
            Comparable<?> label = dataset.getRowKey(row);
            String category = categories.stream()
                    .filter(c -> ChartFormats.category(breakdown, c, text).equals(label)).findFirst().orElseThrow();
            // colour by category, not by row, so a category keeps its colour when another is absent
            bars.setSeriesPaint(row, NEUTRAL.contains(category) ? ChartStyle.NEUTRAL
                    : ChartStyle.paint(categories.indexOf(category)));
        }

        NumberAxis shareAxis = ChartStyle.percentAxis(text.get("composition.axis.share"));
        shareAxis.setRange(0, 100);
        shareAxis.setTickUnit(new NumberTickUnit(10, ChartStyle.percentAxisFormat()));

        CategoryAxis snapshotAxis = new CategoryAxis(text.get("composition.axis.snapshot"));
        snapshotAxis.setCategoryMargin(0.3);
        snapshotAxis.setLowerMargin(0.04);
        snapshotAxis.setUpperMargin(0.04);

        CategoryPlot plot = new CategoryPlot(dataset, snapshotAxis, shareAxis, bars);
        JFreeChart chart = ChartStyle.chart(title(breakdown, text), plot);
        ChartStyle.addSubtitle(chart, text.get("composition.subtitle"));
        ChartStyle.addSource(chart, source);
        return chart;
    }

    static String title(Breakdown breakdown, Messages text) {
        return text.get("composition.title", ChartFormats.title(breakdown, text));
    }
}
