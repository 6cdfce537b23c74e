package org.defstats.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.math.BigDecimal;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/** The print rule of every chart: legends only for several series, values written on charts of few categories. */
class ValueLabelsTest {

    @Test
    void aChartOfOneSeriesHasNoLegendAndOneOfTwoHasOne() {
        JFreeChart single = ChartStyle.chart("One", new CategoryPlot(dataset(1, 5), new CategoryAxis("Year"),
                ChartStyle.integerAxis("Persons"), new BarRenderer()));
        JFreeChart two = ChartStyle.chart("Two", new CategoryPlot(dataset(2, 5), new CategoryAxis("Year"),
                ChartStyle.integerAxis("Persons"), new BarRenderer()));

        assertThat(single.getLegend()).isNull();
        assertThat(two.getLegend()).isNotNull();
    }

    @Test
    void twelveBarsHaveTheirValuesWrittenAndThirteenHaveNot() {
        CategoryItemRenderer twelve = bars(dataset(1, 12), new BarRenderer(), ChartStyle.integerAxis("Persons"));
        CategoryItemRenderer thirteen = bars(dataset(1, 13), new BarRenderer(), ChartStyle.integerAxis("Persons"));

        assertThat(twelve.isItemLabelVisible(0, 11)).isTrue();
        assertThat(twelve.getItemLabelGenerator(0, 0).generateLabel(dataset(1, 12), 0, 0)).isEqualTo("1,418");
        assertThat(twelve.getPositiveItemLabelPosition(0, 0).getItemLabelAnchor())
                .isEqualTo(ItemLabelAnchor.OUTSIDE12);
        assertThat(thirteen.isItemLabelVisible(0, 0)).isFalse();
    }

    @Test
    void percentValuesHaveTheirPublishedDecimal() {
        DefaultCategoryDataset shares = new DefaultCategoryDataset();
        shares.addValue(new BigDecimal("5.3"), "University", "2012");
        CategoryItemRenderer bars = bars(shares, new BarRenderer(), ChartStyle.percentAxis("Share"));

        assertThat(bars.getItemLabelGenerator(0, 0).generateLabel(shares, 0, 0)).isEqualTo("5.3%");
    }

    @Test
    void stackedSharesAreWrittenInsideTheirSegmentOrNotAtAll() {
        StackedBarRenderer stacked = ChartStyle.stackedBars();
        stacked.setSeriesPaint(0, new Color(0x00, 0x72, 0xB2));
        stacked.setSeriesPaint(1, new Color(0xF0, 0xE4, 0x42));
        bars(dataset(2, 4), stacked, ChartStyle.integerAxis("Persons"));

        assertThat(stacked.isItemLabelVisible(0, 0)).isTrue();
        assertThat(stacked.getPositiveItemLabelPosition(0, 0).getItemLabelAnchor()).isEqualTo(ItemLabelAnchor.CENTER);
        assertThat(stacked.getPositiveItemLabelPositionFallback()).isNull();
        // white on the dark blue, dark text on the yellow
        assertThat(stacked.getItemLabelPaint(0, 0)).isEqualTo(Color.WHITE);
        assertThat(stacked.getItemLabelPaint(1, 0)).isEqualTo(ChartStyle.TEXT);
    }

    @Test
    void aPyramidOfOneSegmentEachSideIsLabelledAtTheEndsOfItsBars() {
        DefaultCategoryDataset pyramid = new DefaultCategoryDataset();
        pyramid.addValue(-342, "Men", "60+");
        pyramid.addValue(994, "Women", "60+");
        StackedBarRenderer stacked = ChartStyle.stackedBars();
        CategoryPlot plot = new CategoryPlot(pyramid, new CategoryAxis("Age"), ChartStyle.integerAxis("Persons"),
                stacked);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ChartStyle.chart("Pyramid", plot);

        assertThat(ValueLabels.segmented(pyramid)).isFalse();
        assertThat(stacked.getPositiveItemLabelPosition(1, 0).getItemLabelAnchor()).isEqualTo(ItemLabelAnchor.OUTSIDE3);
        assertThat(stacked.getNegativeItemLabelPosition(0, 0).getItemLabelAnchor()).isEqualTo(ItemLabelAnchor.OUTSIDE9);
    }

    @Test
    void yearLabelsStandUprightForFewYearsAndTurnForMany() {
        YearAxis few = new YearAxis("Year");
        ChartStyle.chart("Few", new CategoryPlot(dataset(1, 4), few, ChartStyle.integerAxis("Persons"),
                new BarRenderer()));
        YearAxis many = new YearAxis("Year");
        ChartStyle.chart("Many", new CategoryPlot(dataset(1, 24), many, ChartStyle.integerAxis("Persons"),
                new BarRenderer()));

        assertThat(few.getCategoryLabelPositions()).isEqualTo(CategoryLabelPositions.STANDARD);
        assertThat(many.getCategoryLabelPositions()).isEqualTo(CategoryLabelPositions.UP_45);
    }

    @Test
    void everyAxisMustSayWhatItCounts() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> ChartStyle.chart("No",
                new CategoryPlot(dataset(1, 2), new CategoryAxis(null), ChartStyle.integerAxis("Persons"),
                        new BarRenderer()))).withMessageContaining("label");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> ChartStyle.chart("No",
                new CategoryPlot(dataset(1, 2), new CategoryAxis("Year"), ChartStyle.integerAxis(" "),
                        new BarRenderer())));
    }

    private static CategoryItemRenderer bars(DefaultCategoryDataset dataset, BarRenderer renderer, NumberAxis axis) {
        ChartStyle.chart("Bars", new CategoryPlot(dataset, new CategoryAxis("Year"), axis, renderer));
        return renderer;
    }

    /** {@code series} rows of {@code years} years from 2000, each 1,418 persons. */
    private static DefaultCategoryDataset dataset(int series, int years) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int row = 0; row < series; row++) {
            for (int year = 0; year < years; year++) {
                dataset.addValue(Long.valueOf(1418), "Series " + row, String.valueOf(2000 + year));
            }
        }
        return dataset;
    }
}
