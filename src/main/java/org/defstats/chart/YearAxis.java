package org.defstats.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis whose categories are years ("2016"), which labels every year while they fit and otherwise
 * only the round ones: every 2nd, 5th, 10th... year, so that 80 years of data still have readable labels. Every
 * category keeps its bar; a category that is not a year is always labelled. The labels stand upright while there
 * are at most {@link ValueLabels#MAX_LABELLED_CATEGORIES} years, which leaves each plenty of room, and are turned
 * by 45 degrees beyond, so that they keep apart.
 */
public final class YearAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;

    /** At most this many year labels on a chart of the default width. */
    static final int MAX_LABELS = 30;
    private static final int[] STEPS = {1, 2, 5, 10, 20, 50, 100};

    public YearAxis(String label) {
        super(label);
    }

    /** Label every how many years, for this many years: the smallest step that gives at most 30 labels. */
    public static int step(int years) {
        for (int step : STEPS) {
            if ((years + step - 1) / step <= MAX_LABELS) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** Whether the category gets its label when the axis labels every {@code step}th year. */
    static boolean labelled(Comparable<?> category, int step) {
        try {
            return Integer.parseInt(category.toString()) % step == 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * Upright labels for the few years of its plot, turned by 45 degrees for many ({@link ChartStyle} calls it when
     * it styles the plot; JFreeChart reads the field, not a getter, so it cannot be computed as the axis draws).
     */
    void placeLabels() {
        setCategoryLabelPositions(years() <= ValueLabels.MAX_LABELLED_CATEGORIES ? CategoryLabelPositions.STANDARD
                : CategoryLabelPositions.UP_45);
    }

    /** How many categories the plot gives this axis; 0 before it belongs to a plot. */
    int years() {
        if (getPlot() instanceof CategoryPlot plot) {
            List<?> categories = plot.getCategoriesForAxis(this);
            return categories == null ? 0 : categories.size();
        }
        return 0;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<CategoryTick> ticks = super.refreshTicks(g2, state, dataArea, edge);
        int step = step(ticks.size());
        List<CategoryTick> kept = new ArrayList<>(ticks.size());
        for (CategoryTick tick : ticks) {
            kept.add(labelled(tick.getCategory(), step) ? tick : new CategoryTick(tick.getCategory(),
                    new TextBlock(), tick.getLabelAnchor(), tick.getRotationAnchor(), tick.getAngle()));
        }
        return kept;
    }
}
