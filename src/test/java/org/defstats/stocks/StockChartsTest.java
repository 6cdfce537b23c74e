package org.defstats.stocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.defstats.chart.ChartFiles;
import org.defstats.chart.ChartStyle;
import org.defstats.chart.ChartTestSupport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.defstats.text.Language;
import org.defstats.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * The stocks charts from the shipped tables. Each is also written to target/stocks-charts/ as PNG, to be looked
 * at: nothing may overlap.
 */
class StockChartsTest {

    private static final Messages EN = Messages.of(StocksJobType.class, Language.EN);

    private static final String SOURCE = "Source: Ministry of Unification, Republic of Korea (통일부)";
    private static final Path OUT = Path.of("target", "stocks-charts");
    private static final List<CategoryShare> AGE = StockStatistics.shares(Breakdown.AGE, StockFiles.AGE);

    @Test
    void agePyramidOfTheLatestSnapshotWithBothSexes() throws Exception {
        assertThat(AgePyramidChart.latestWithBothSexes(AGE)).contains(YearMonth.of(2020, 9));
        DefaultCategoryDataset dataset = AgePyramidChart.dataset(AGE, YearMonth.of(2020, 9), EN);
        assertThat(dataset.getRowKeys()).containsExactly("Men", "Women");
        // oldest first, so that the youngest are at the bottom
        assertThat(dataset.getColumnKeys()).containsExactly("60 and over", "50-59", "40-49", "30-39", "20-29", "10-19", "0-9");
        assertThat(dataset.getValue("Men", "20-29")).isEqualTo(-2615L);
        assertThat(dataset.getValue("Women", "30-39")).isEqualTo(7523L);

        JFreeChart chart = AgePyramidChart.chart(AGE, SOURCE, EN).orElseThrow();
        assertThat(chart.getCategoryPlot().getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        assertThat(chart.getCategoryPlot().getRangeAxis().getLowerBound())
                .isEqualTo(-chart.getCategoryPlot().getRangeAxis().getUpperBound());
        assertThat(texts(chart, "age-pyramid")).contains("Age at entry by sex, defectors who had arrived by 2020-09",
                "9,396 men and 24,252 women, counted by their age when they arrived", "2,615", "7,523", SOURCE);
        // men and women of the education table are never in the same snapshot
        assertThat(AgePyramidChart.chart(StockStatistics.shares(Breakdown.EDUCATION, StockFiles.EDUCATION), SOURCE, EN))
                .isEmpty();
    }

    @Test
    void compositionStacksEachSnapshotToAHundredPercent() throws Exception {
        List<CategoryShare> shares = StockStatistics.shares(Breakdown.OCCUPATION, StockFiles.OCCUPATION);
        DefaultCategoryDataset dataset = CompositionChart.dataset(Breakdown.OCCUPATION, shares, EN);
        assertThat(dataset.getColumnKeys()).containsExactly("2020-09 men", "2020-09 women", "2020-09 all",
                "2022-12 all");
        assertThat(dataset.getRowKeys()).startsWith("Management", "Military", "Laborer");
        assertThat(dataset.getValue("Laborer", "2020-09 all")).isEqualTo(new BigDecimal("39.7"));

        JFreeChart chart = CompositionChart.chart(Breakdown.OCCUPATION, shares, SOURCE, EN);
        assertThat(chart.getCategoryPlot().getRangeAxis().getUpperBound()).isEqualTo(100.0);
        // colours follow the category, and the not-applicable children are grey
        assertThat(chart.getCategoryPlot().getRenderer().getSeriesPaint(2)).isEqualTo(ChartStyle.paint(2));
        assertThat(chart.getCategoryPlot().getRenderer().getSeriesPaint(7)).isEqualTo(ChartStyle.NEUTRAL);
        // 39.7% is written in its segment, 1.6% (management) is too small to hold a label
        assertThat(texts(chart, "composition-occupation")).contains("Occupation in North Korea, share per snapshot "
                + "and sex", "39.7%", "2022-12 all", SOURCE).doesNotContain("1.6%");

        List<CategoryShare> education = StockStatistics.shares(Breakdown.EDUCATION, StockFiles.EDUCATION);
        assertThat(texts(CompositionChart.chart(Breakdown.EDUCATION, education, SOURCE, EN), "composition-education"))
                .contains("11.7%", "69.4%", "6.9%");
        texts(CompositionChart.chart(Breakdown.AGE, AGE, SOURCE, EN), "composition-age");
    }

    @Test
    void flowsShowAFallBelowZero() throws Exception {
        List<Flow> flows = StockStatistics.flows(Breakdown.OCCUPATION, StockFiles.OCCUPATION);
        DefaultCategoryDataset dataset = FlowsChart.dataset(Breakdown.OCCUPATION, flows, EN);
        assertThat(dataset.getRowKeys()).containsExactly("2020-09 to 2022-12, all");
        assertThat(dataset.getColumnKeys()).hasSize(8).doesNotContain("total");
        assertThat(dataset.getValue(0, 0)).isEqualTo(-1L);

        JFreeChart chart = FlowsChart.chart(Breakdown.OCCUPATION, flows, SOURCE, EN);
        assertThat(chart.getCategoryPlot().getRangeAxis().getLowerBound()).isLessThan(-1);
        // one series, which the subtitle names: no legend repeating it
        assertThat(chart.getLegend()).isNull();
        assertThat(chart.getCategoryPlot().getRenderer().isItemLabelVisible(0, 0)).isTrue();
        assertThat(texts(chart, "flows-occupation")).contains("Occupation in North Korea, change between snapshots",
                "Total, all: +188 (33,648 at 2020-09, 33,836 at 2022-12)", "-1", "+52", SOURCE);
        assertThat(texts(FlowsChart.chart(Breakdown.AGE, StockStatistics.flows(Breakdown.AGE, StockFiles.AGE), SOURCE, EN),
                "flows-age")).contains("+34", "0");
        assertThatIllegalArgumentException().isThrownBy(() -> FlowsChart.chart(Breakdown.EDUCATION,
                StockStatistics.flows(Breakdown.EDUCATION, StockFiles.EDUCATION), SOURCE, EN))
                .withMessageStartingWith("education has no two snapshots of the same sex");
    }

    @Test
    void theSourceIsTheFooter() {
        JFreeChart chart = CompositionChart.chart(Breakdown.AGE, AGE, SOURCE, EN);
        assertThat(((TextTitle) chart.getSubtitle(0)).getText()).isEqualTo(SOURCE);
    }

    /** Renders the chart as PNG to target/stocks-charts/NAME.png and as stable SVG; the texts of the SVG. */
    private static List<String> texts(JFreeChart chart, String name) throws Exception {
        byte[] png = ChartFiles.png(chart, ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT);
        ChartTestSupport.assertDefaultSizePng(png);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".png"), png);
        return ChartTestSupport.texts(ChartTestSupport.assertStableSvg(chart));
    }
}
