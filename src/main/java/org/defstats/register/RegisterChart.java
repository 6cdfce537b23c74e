package org.defstats.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.defstats.chart.ChartStyle;
import org.defstats.disclosure.CellStatus;
import org.defstats.disclosure.CountTable;
import org.defstats.disclosure.ProtectedTable;
import org.defstats.text.Language;
import org.defstats.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The chart of a protected table of one or two dimensions: bars per category of the first dimension, one series
 * per category of the second (at most {@value #MAX_SERIES}; a table with more gets no chart). Only published
 * counts are drawn, side by side and never stacked, so no bar's height adds up to a suppressed count; a suppressed
 * cell is left out and its group's label carries a {@value #MARK}, which the subtitle explains. A table over years of
 * arrival with a second dimension is drawn as a line per category instead (36 years of 8 bars do not read), a
 * suppressed count a gap in its line. Margins are not drawn.
 */
public final class RegisterChart {

    static final int MAX_SERIES = 12;
    static final String MARK = "*";

    private RegisterChart() {
    }

    /** The register message catalogue in {@code language}. */
    static Messages messages(Language language) {
        return Messages.of(RegisterChart.class, language);
    }

    /** Whether the table gets a chart. */
    static boolean charted(ProtectedTable table, AgeBands bands) {
        return table.dimensions().size() <= 2 && (table.dimensions().size() == 1
                || categories(table, 1, bands).size() <= MAX_SERIES);
    }

    /** The categories of a dimension the table shows, in order, without the total. */
    static List<String> categories(ProtectedTable table, int position, AgeBands bands) {
        Dimension dimension = Dimension.ofCode(table.dimensions().get(position)).orElseThrow();
        return table.status().keySet().stream().map(k -> k.get(position)).filter(c -> !c.equals(CountTable.TOTAL))
                .distinct().sorted(java.util.Comparator.comparingInt(c -> RegisterTables.rank(dimension, c, bands)))
                .toList();
    }

    static DefaultCategoryDataset dataset(ProtectedTable table, AgeBands bands, Messages text) {
        Dimension first = Dimension.ofCode(table.dimensions().get(0)).orElseThrow();
        Optional<Dimension> second = table.dimensions().size() > 1
                ? Dimension.ofCode(table.dimensions().get(1)) : Optional.empty();
        List<String> groups = categories(table, 0, bands);
        List<String> series = second.isPresent() ? categories(table, 1, bands) : List.of(CountTable.TOTAL);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (String s : series) {
            for (String group : groups) {
                boolean marked = series.stream().anyMatch(x -> table.status().get(key(group, x, second))
                        != CellStatus.PUBLISHED);
                String column = label(first, group, text) + (marked ? MARK : "");
                Long count = table.published().get(key(group, s, second));
                dataset.addValue(count, second.isPresent() ? label(second.get(), s, text) : text.get("series.persons"),
                        column);
            }
        }
        return dataset;
    }

    private static List<String> key(String group, String series, Optional<Dimension> second) {
        return second.isPresent() ? List.of(group, series) : List.of(group);
    }

    static String label(Dimension dimension, String category, Messages text) {
        return dimension == Dimension.ARRIVAL_YEAR || dimension == Dimension.AGE_BAND ? category : text.get("value." + dimension.code() + "."
                + category);
    }

    /** "Persons by year of arrival and sex": the title of a table of these dimension names, in its language. */
    static String title(List<String> dimensionNames, Messages text) {
        return switch (dimensionNames.size()) {
            case 1 -> text.get("title.one", dimensionNames.get(0));
            case 2 -> text.get("title.two", dimensionNames.get(0), dimensionNames.get(1));
            default -> text.get("title.three", dimensionNames.get(0), dimensionNames.get(1), dimensionNames.get(2));
        };
    }

    public static JFreeChart chart(ProtectedTable table, AgeBands bands, String source, Messages text) {
        DefaultCategoryDataset dataset = dataset(table, bands, text);
        boolean overYears = table.dimensions().size() > 1
                && table.dimensions().get(0).equals(Dimension.ARRIVAL_YEAR.code());
        CategoryItemRenderer renderer = overYears ? lines(dataset) : bars(dataset);
        List<String> dimensions = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        table.dimensions().forEach(d -> dimensions.add(text.get("dimension." + d)));
        table.dimensions().forEach(d -> phrases.add(text.get("phrase." + d)));
        CategoryAxis groups = new CategoryAxis(dimensions.get(0));
        groups.setMaximumCategoryLabelLines(3);
        if (dataset.getColumnCount() > 10) {
            groups.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        NumberAxis persons = ChartStyle.integerAxis(text.get("axis.persons"));
        CategoryPlot plot = new CategoryPlot(dataset, groups, persons, renderer);
        String title = title(phrases, text);
        JFreeChart chart = ChartStyle.chart(title, plot, dimensions.size() > 1);
        boolean suppressed = table.status().values().stream().anyMatch(s -> s != CellStatus.PUBLISHED);
        ChartStyle.addSubtitle(chart, suppressed ? text.get("subtitle.suppressed", MARK) : text.get("subtitle"));
        ChartStyle.addSource(chart, source);
        return chart;
    }

    private static BarRenderer bars(DefaultCategoryDataset dataset) {
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.05);
        for (int row = 0; row < dataset.getRowCount(); row++) {
            bars.setSeriesPaint(row, ChartStyle.paint(row));
        }
        return bars;
    }

    /**
     * A line per series over the years, with a marker at each published count: a suppressed count is a gap in its
     * line (JFreeChart draws no segment to a missing value), so a reader sees where it is without seeing it.
     */
    private static LineAndShapeRenderer lines(DefaultCategoryDataset dataset) {
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        for (int row = 0; row < dataset.getRowCount(); row++) {
            lines.setSeriesPaint(row, ChartStyle.paint(row));
            lines.setSeriesStroke(row, ChartStyle.LINE_STROKE);
            lines.setSeriesShape(row, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        }
        return lines;
    }
}
