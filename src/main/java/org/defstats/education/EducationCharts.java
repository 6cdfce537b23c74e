package org.defstats.education;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.defstats.chart.ChartStyle;
import org.defstats.chart.YearAxis;
import org.defstats.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The education charts: the share of one level group per year as a labelled line, and the shares of all
 * levels per year as 100 % stacked bars. Values are the published one-decimal percentages, unchanged. Every
 * text is from the education message catalogue of the chart's language.
 */
final class EducationCharts {

    private EducationCharts() {
    }

    /** One row, {@code seriesName}, of the group's share per year; columns are the years ascending. */
    static DefaultCategoryDataset groupShareDataset(List<GroupFigure> figures, String seriesName) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        figures.stream()
                .sorted(Comparator.comparingInt(GroupFigure::year))
                .forEach(figure -> dataset.addValue(figure.sharePct(), seriesName, String.valueOf(figure.year())));
        return dataset;
    }

    static JFreeChart groupShareChart(List<GroupFigure> figures, LevelGroup group, String source, Messages text) {
        LineAndShapeRenderer line = ChartStyle.line(ChartStyle.paint(0));

        NumberAxis shareAxis = ChartStyle.percentAxis(text.get("axis.share"));
        // room above the highest point for its label
        shareAxis.setUpperMargin(0.15);

        CategoryPlot plot = new CategoryPlot(groupShareDataset(figures, group.name()), yearAxis(text), shareAxis,
                line);
        // one series, which the title names, so no legend
        JFreeChart chart = ChartStyle.chart(groupTitle(group, text), plot);
        ChartStyle.addSource(chart, source);
        return chart;
    }

    /** E.g. "Share of arrivals with university education or higher", levels in {@link Level} order. */
    static String groupTitle(LevelGroup group, Messages text) {
        return text.get("title.group", group.name(), groupLevels(group, text));
    }

    /** A group's levels in words, e.g. "university education or higher", in {@link Level} order. */
    static String groupLevels(LevelGroup group, Messages text) {
        return group.levels().stream()
                .sorted()
                .map(level -> text.get("group." + level.code()))
                .collect(Collectors.joining(", "));
    }

    /** What charts call a level, e.g. "University or higher". */
    static String label(Level level, Messages text) {
        return text.get("level." + level.code());
    }

    /**
     * The share of each level per year: rows are the level labels in {@link Level} order, columns the years
     * ascending; a level missing in a year has a null cell.
     *
     * @throws IllegalArgumentException when a year has a level twice
     */
    static DefaultCategoryDataset levelSharesDataset(List<LevelShare> shares, Messages text) {
        SortedSet<Level> levels = new TreeSet<>();
        SortedSet<Integer> years = new TreeSet<>();
        Map<Level, Map<Integer, BigDecimal>> cells = new EnumMap<>(Level.class);
        for (LevelShare share : shares) {
            levels.add(share.level());
            years.add(share.year());
            Map<Integer, BigDecimal> byYear = cells.computeIfAbsent(share.level(), level -> new HashMap<>());
            if (byYear.containsKey(share.year())) {
                throw new IllegalArgumentException(
                        "Year " + share.year() + " has level " + share.level().code() + " twice");
            }
            byYear.put(share.year(), share.sharePct());
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        // every cell in order, so row and column order do not depend on which cells exist
        for (Level level : levels) {
            for (Integer year : years) {
                dataset.addValue(cells.get(level).get(year), label(level, text), String.valueOf(year));
            }
        }
        return dataset;
    }

    static JFreeChart levelSharesChart(List<LevelShare> shares, String source, Messages text) {
        DefaultCategoryDataset dataset = levelSharesDataset(shares, text);
        StackedBarRenderer bars = ChartStyle.stackedBars();
        for (Level level : Level.values()) {
            int row = dataset.getRowIndex(label(level, text));
            if (row >= 0) {
                // colour by level, not by row, so a level keeps its colour when another is absent
                bars.setSeriesPaint(row,
                        level == Level.UNKNOWN ? ChartStyle.NEUTRAL : ChartStyle.paint(level.ordinal()));
            }
        }

        NumberAxis shareAxis = ChartStyle.percentAxis(text.get("axis.share"));
        shareAxis.setRange(0, 100);
        shareAxis.setTickUnit(new NumberTickUnit(10, ChartStyle.percentAxisFormat()));

        CategoryPlot plot = new CategoryPlot(dataset, yearAxis(text), shareAxis, bars);
        JFreeChart chart = ChartStyle.chart(text.get("title.levels"), plot);
        ChartStyle.addSource(chart, source);
        return chart;
    }

    private static CategoryAxis yearAxis(Messages text) {
        CategoryAxis axis = new YearAxis(text.get("axis.year"));
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        return axis;
    }
}
