package org.defstats.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis whose categories are years ("2016"), which labels every year while they fit and otherwise
 * only the round ones: every 2nd, 5th, 10th... year, so that 80 years of data still have readable labels. Every
 * category keeps its bar; a category that is not a year is always labelled.
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
