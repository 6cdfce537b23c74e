package org.defstats.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.NumberFormat;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * The print rule for values written on a chart, the same for every chart: a dataset of at most
 * {@link #MAX_LABELLED_CATEGORIES} categories (bars or points along the category axis) has each value written on
 * the chart, so a printed page can be read without a ruler; with more, the labels would run into each other and the
 * value axis is the reading aid. Where the label goes:
 * <ul>
 * <li>plain bars, and stacks of at most one segment each side of zero (an age pyramid): at the end of the bar,
 * outside it;</li>
 * <li>stacks of several segments (shares adding up to 100 %): at the centre of each segment, in white on dark
 * colours, and only when the label fits inside its segment (JFreeChart has no fallback position, so a label that
 * does not fit is left out rather than drawn over its neighbour);</li>
 * <li>lines: above each point, bold.</li>
 * </ul>
 * The number format follows the value axis: percentage axes give the published one decimal ("5.3%"), other axes
 * their tick format ("1,418", "+52"). Charts give no label settings of their own.
 */
public final class ValueLabels {

    /** At most this many categories get their values written on the chart. */
    public static final int MAX_LABELLED_CATEGORIES = 12;

    private static final double OFFSET = 6;

    private ValueLabels() {
    }

    /** Whether a dataset of this many categories gets its values written on the chart. */
    public static boolean labelled(int categories) {
        return categories > 0 && categories <= MAX_LABELLED_CATEGORIES;
    }

    /** Applies the rule to every dataset of the plot and its renderer. */
    static void apply(CategoryPlot plot) {
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            CategoryDataset dataset = plot.getDataset(i);
            CategoryItemRenderer renderer = plot.getRenderer(i);
            if (dataset != null && renderer instanceof AbstractCategoryItemRenderer items) {
                apply(items, dataset, plot.getRangeAxisForDataset(i), plot.getOrientation());
            }
        }
    }

    private static void apply(AbstractCategoryItemRenderer renderer, CategoryDataset dataset, ValueAxis axis,
            PlotOrientation orientation) {
        boolean visible = labelled(dataset.getColumnCount());
        renderer.setDefaultItemLabelsVisible(visible);
        if (!visible) {
            return;
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format(axis)));
        renderer.setDefaultItemLabelFont(ChartStyle.ITEM_LABEL_FONT);
        renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
        renderer.setItemLabelAnchorOffset(OFFSET);
        boolean vertical = orientation == PlotOrientation.VERTICAL;
        if (renderer instanceof LineAndShapeRenderer) {
            renderer.setDefaultItemLabelFont(ChartStyle.ITEM_LABEL_FONT.deriveFont(Font.BOLD));
            renderer.setItemLabelAnchorOffset(OFFSET + 2);
            renderer.setDefaultPositiveItemLabelPosition(atEnd(vertical, true));
            renderer.setDefaultNegativeItemLabelPosition(atEnd(vertical, false));
        } else if (renderer instanceof StackedBarRenderer && segmented(dataset)) {
            ItemLabelPosition centre = new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER);
            renderer.setDefaultPositiveItemLabelPosition(centre);
            renderer.setDefaultNegativeItemLabelPosition(centre);
            ((BarRenderer) renderer).setPositiveItemLabelPositionFallback(null);
            ((BarRenderer) renderer).setNegativeItemLabelPositionFallback(null);
            for (int row = 0; row < dataset.getRowCount(); row++) {
                renderer.setSeriesItemLabelPaint(row, labelOn(renderer.lookupSeriesPaint(row)));
            }
        } else if (renderer instanceof BarRenderer) {
            renderer.setDefaultPositiveItemLabelPosition(atEnd(vertical, true));
            renderer.setDefaultNegativeItemLabelPosition(atEnd(vertical, false));
        }
    }

    /** Outside the end of a bar or above/below a point: up or right for positive values, down or left else. */
    private static ItemLabelPosition atEnd(boolean vertical, boolean positive) {
        if (vertical) {
            return positive ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER);
        }
        return positive ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT);
    }

    /** Whether some category stacks two values on the same side of zero, so labels must go inside segments. */
    static boolean segmented(CategoryDataset dataset) {
        for (int column = 0; column < dataset.getColumnCount(); column++) {
            int positive = 0;
            int negative = 0;
            for (int row = 0; row < dataset.getRowCount(); row++) {
                Number value = dataset.getValue(row, column);
                if (value != null && value.doubleValue() > 0) {
                    positive++;
                } else if (value != null && value.doubleValue() < 0) {
                    negative++;
                }
            }
            if (positive > 1 || negative > 1) {
                return true;
            }
        }
        return false;
    }

    /** The format of the values: one decimal on a percentage axis, else the axis's own tick format. */
    static NumberFormat format(ValueAxis axis) {
        if (ChartStyle.isPercentAxis(axis)) {
            return ChartStyle.percentValueFormat();
        }
        if (axis instanceof NumberAxis numbers && numbers.getNumberFormatOverride() != null) {
            // a copy, as formats are not thread-safe and the axis keeps its own
            return (NumberFormat) numbers.getNumberFormatOverride().clone();
        }
        return ChartStyle.integerFormat();
    }

    /** White on dark colours, the text colour on light ones, for labels inside bars. */
    static Paint labelOn(Paint background) {
        if (!(background instanceof Color colour)) {
            return ChartStyle.TEXT;
        }
        double luminance = 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
        return luminance < 140 ? Color.WHITE : ChartStyle.TEXT;
    }
}
