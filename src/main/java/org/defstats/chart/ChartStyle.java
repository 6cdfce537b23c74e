package org.defstats.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;

/**
 * The one look of defstats charts in reports: white background, fonts sized for a 1600x900 image, light grey
 * grid lines, the Okabe–Ito colour-blind-safe palette, legend at the bottom, an optional subtitle under the
 * title and the data source in a footer at the bottom left. Number formats are English whatever the default
 * locale, so a chart renders the same on every machine.
 */
public final class ChartStyle {

    /**
     * DejaVu Sans, shipped with defstats (fonts/, Bitstream Vera licence) and registered here, so that charts do
     * not depend on the fonts a machine happens to have.
     */
    public static final String FONT_FAMILY = ShippedFonts.register();
    public static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 34);
    public static final Font SUBTITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 22);
    public static final Font AXIS_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 22);
    public static final Font TICK_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 18);
    public static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 20);
    public static final Font ITEM_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 18);
    public static final Font FOOTER_FONT = new Font(FONT_FAMILY, Font.PLAIN, 16);

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color GRID = new Color(0xD9, 0xD9, 0xD9);
    public static final Color AXIS_LINE = new Color(0x80, 0x80, 0x80);
    /** For "unknown" or "other" categories, which should not draw the eye. */
    public static final Color NEUTRAL = new Color(0xA6, 0xA6, 0xA6);

    /** Okabe–Ito: blue, vermillion, bluish green, orange, sky blue, reddish purple, yellow, black. */
    public static final List<Color> PALETTE = List.of(
            new Color(0x00, 0x72, 0xB2),
            new Color(0xD5, 0x5E, 0x00),
            new Color(0x00, 0x9E, 0x73),
            new Color(0xE6, 0x9F, 0x00),
            new Color(0x56, 0xB4, 0xE9),
            new Color(0xCC, 0x79, 0xA7),
            new Color(0xF0, 0xE4, 0x42),
            new Color(0x00, 0x00, 0x00));

    public static final Stroke LINE_STROKE = new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    /**
     * Least distance in pixels between value ticks. JFreeChart only keeps tick labels from overlapping, which
     * on a 900 pixel high chart gives some 20 grid lines; this gives 6 to 10.
     */
    public static final double MIN_TICK_SPACING = 64;

    private static final DecimalFormatSymbols ENGLISH = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    private ChartStyle() {
    }

    /** The palette colour for the series with this index, repeating after the last colour. */
    public static Paint paint(int series) {
        return PALETTE.get(Math.floorMod(series, PALETTE.size()));
    }

    /**
     * A chart with the title and plot in the house style. It has a legend, at the bottom, only when the plot has
     * more than one legend item: a single series is named by the title (or a subtitle), and a legend repeating it
     * would only take room. Values are written on the chart by the print rule of {@link ValueLabels}. Styles the
     * plot and every axis and renderer it has now, so give it its secondary axes, datasets and series colours
     * before.
     */
    public static JFreeChart chart(String title, CategoryPlot plot) {
        JFreeChart chart = new JFreeChart(title, ShippedFonts.thatShows(TITLE_FONT, title), plot, false);
        chart.setBackgroundPaint(BACKGROUND);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(16, 16, 12, 24));
        chart.getTitle().setPaint(TEXT);
        // the top tick label reaches above the plot, so it needs room below the title
        chart.getTitle().setMargin(new RectangleInsets(0, 0, 14, 0));
        style(plot);
        ValueLabels.apply(plot);
        if (hasLegend(plot)) {
            LegendTitle legendTitle = new LegendTitle(plot);
            legendTitle.setItemFont(ShippedFonts.thatShows(LEGEND_FONT, legendText(plot)));
            legendTitle.setItemPaint(TEXT);
            legendTitle.setBackgroundPaint(BACKGROUND);
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setMargin(new RectangleInsets(10, 0, 0, 0));
            legendTitle.setItemLabelPadding(new RectangleInsets(2, 6, 2, 18));
            // appended, so a footer added at index 0 stays below it
            chart.addSubtitle(legendTitle);
        }
        return chart;
    }

    /** Whether a chart of this plot gets a legend: when it has more than one legend item. */
    public static boolean hasLegend(CategoryPlot plot) {
        return plot.getLegendItems().getItemCount() > 1;
    }

    /** Adds a line under the title, e.g. to say what the chart leaves out. */
    public static void addSubtitle(JFreeChart chart, String text) {
        TextTitle subtitle = new TextTitle(text, ShippedFonts.thatShows(SUBTITLE_FONT, text));
        subtitle.setPaint(TEXT);
        subtitle.setPosition(RectangleEdge.TOP);
        subtitle.setMargin(new RectangleInsets(0, 0, 12, 0));
        chart.addSubtitle(subtitle);
    }

    /** Adds the data source as a footer at the bottom left, below the legend. */
    public static void addSource(JFreeChart chart, String source) {
        TextTitle footer = new TextTitle(source, ShippedFonts.thatShows(FOOTER_FONT, source));
        footer.setPaint(TEXT);
        footer.setPosition(RectangleEdge.BOTTOM);
        footer.setHorizontalAlignment(HorizontalAlignment.LEFT);
        footer.setMargin(new RectangleInsets(12, 0, 0, 0));
        // the first bottom subtitle is drawn outermost
        chart.addSubtitle(0, footer);
    }

    /** White plot area, light grey value grid lines, no outline, readable axis fonts on every axis. */
    public static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            styleAxis(plot.getDomainAxis(i), categoryText(plot));
            if (plot.getDomainAxis(i) instanceof YearAxis years) {
                years.placeLabels();
            }
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            styleAxis(plot.getRangeAxis(i), "");
        }
    }

    /**
     * Styles an axis, which must have a label; its label and its tick labels ({@code tickText}, all of them)
     * get the shipped Korean font where DejaVu Sans cannot show them.
     */
    private static void styleAxis(Axis axis, String tickText) {
        if (axis == null) {
            return;
        }
        if (axis.getLabel() == null || axis.getLabel().isBlank()) {
            // a printed chart is read without its report around it: every axis says what it counts
            throw new IllegalArgumentException("every axis of a chart needs a label; one has none");
        }
        axis.setLabelFont(ShippedFonts.thatShows(AXIS_LABEL_FONT, axis.getLabel() == null ? "" : axis.getLabel()));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(ShippedFonts.thatShows(TICK_LABEL_FONT, tickText));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS_LINE);
        axis.setTickMarkPaint(AXIS_LINE);
    }

    /** The categories of every dataset of the plot, as its category axes label them. */
    private static String categoryText(CategoryPlot plot) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            CategoryDataset dataset = plot.getDataset(i);
            if (dataset != null) {
                dataset.getColumnKeys().forEach(key -> text.append(key).append(' '));
            }
        }
        return text.toString();
    }

    /** The labels of every legend item of the plot. */
    private static String legendText(CategoryPlot plot) {
        StringBuilder text = new StringBuilder();
        LegendItemCollection items = plot.getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            text.append(items.get(i).getLabel()).append(' ');
        }
        return text.toString();
    }

    /** Flat stacked bars without shadow or outline, with legend boxes large enough to see the colour. */
    public static StackedBarRenderer stackedBars() {
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setDefaultLegendShape(new Rectangle2D.Double(-9, -9, 18, 18));
        return bars;
    }

    /** A thick line with round markers for the one series of a dataset, drawn in {@code paint}. */
    public static LineAndShapeRenderer line(Paint paint) {
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, paint);
        line.setSeriesStroke(0, LINE_STROKE);
        line.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        return line;
    }

    /** A value axis of whole persons with English grouping ("1,418"). */
    public static NumberAxis integerAxis(String label) {
        NumberAxis axis = new SpacedNumberAxis(label, false);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        axis.setNumberFormatOverride(integerFormat());
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /** A value axis of percentages ("20%") that starts at 0. */
    public static NumberAxis percentAxis(String label) {
        NumberAxis axis = new SpacedNumberAxis(label, true);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        axis.setNumberFormatOverride(percentAxisFormat());
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /** Whether the axis is a {@link #percentAxis}. */
    static boolean isPercentAxis(Axis axis) {
        return axis instanceof SpacedNumberAxis spaced && spaced.percent;
    }

    /** Whole numbers with English grouping: 1418 gives "1,418". A new instance, as formats are not thread-safe. */
    public static NumberFormat integerFormat() {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        format.setGroupingUsed(true);
        return format;
    }

    /** Percent tick labels without decimals: 20 gives "20%". */
    public static NumberFormat percentAxisFormat() {
        return percentFormat("0'%'");
    }

    /** Published percentages with one decimal: 5.3 gives "5.3%". */
    public static NumberFormat percentValueFormat() {
        return percentFormat("0.0'%'");
    }

    private static NumberFormat percentFormat(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, ENGLISH);
        // the rounding rule of Percentages, should a value ever carry more decimals than shown
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** A vertical number axis that keeps its ticks at least {@link #MIN_TICK_SPACING} apart. */
    private static final class SpacedNumberAxis extends NumberAxis {

        private static final long serialVersionUID = 1L;

        /** Whether the values are percentages, which value labels write with one decimal. */
        private final boolean percent;

        SpacedNumberAxis(String label, boolean percent) {
            super(label);
            this.percent = percent;
        }

        // JFreeChart picks the smallest tick unit whose spacing exceeds this estimate, and uses it nowhere else
        @Override
        protected double estimateMaximumTickLabelHeight(Graphics2D g2) {
            return Math.max(super.estimateMaximumTickLabelHeight(g2), MIN_TICK_SPACING);
        }
    }
}
