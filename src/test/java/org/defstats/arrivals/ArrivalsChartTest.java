package org.defstats.arrivals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.defstats.chart.ChartFiles;
import org.defstats.chart.ChartStyle;
import org.defstats.chart.ChartTestSupport;
import org.defstats.stats.Period;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.defstats.text.Language;
import org.defstats.text.Messages;
import org.junit.jupiter.api.Test;

class ArrivalsChartTest {

    private static final Messages EN = Messages.of(ArrivalsJobType.class, Language.EN);

    private static final String SOURCE = "Source: Ministry of Unification";

    private static final YearlyFigure UP_TO_1998 = new YearlyFigure(
            new Period(Period.Kind.UP_TO_YEAR, 0, 0, 1998, 12),
            831L, 116L, 947, new BigDecimal("12.2"), null, null, 947);
    private static final YearlyFigure BLOCK_1999_2001 = new YearlyFigure(
            new Period(Period.Kind.YEARS, 1999, 1, 2001, 12),
            565L, 478L, 1043, new BigDecimal("45.8"), null, null, 1990);
    private static final YearlyFigure Y2015 = new YearlyFigure(Period.year(2015),
            251L, 1024L, 1275, new BigDecimal("80.3"), -122L, new BigDecimal("-8.7"), 28794);
    private static final YearlyFigure Y2016 = new YearlyFigure(Period.year(2016),
            302L, 1116L, 1418, new BigDecimal("78.7"), 143L, new BigDecimal("11.2"), 30212);

    // 2016 before 2015: the chart orders by year, not by input
    private static final List<YearlyFigure> FIGURES = List.of(UP_TO_1998, BLOCK_1999_2001, Y2016, Y2015);

    @Test
    void sexDatasetHasOneColumnPerSingleYearAndNoneForBlocks() {
        DefaultCategoryDataset dataset = ArrivalsChart.sexDataset(FIGURES, EN);

        assertThat(dataset.getRowKeys()).containsExactly("Male", "Female");
        assertThat(dataset.getColumnKeys()).containsExactly("2015", "2016");
        assertThat(dataset.getValue("Male", "2015")).isEqualTo(251L);
        assertThat(dataset.getValue("Female", "2015")).isEqualTo(1024L);
        assertThat(dataset.getValue("Male", "2016")).isEqualTo(302L);
        assertThat(dataset.getValue("Female", "2016")).isEqualTo(1116L);
    }

    @Test
    void cumulativeDatasetHasTheBarColumnsAndIncludesTheBlocks() {
        DefaultCategoryDataset dataset = ArrivalsChart.cumulativeDataset(FIGURES, EN);

        assertThat(dataset.getRowKeys()).containsExactly("Cumulative total");
        assertThat(dataset.getColumnKeys()).containsExactly("2015", "2016");
        assertThat(dataset.getValue("Cumulative total", "2015")).isEqualTo(28794L);
        assertThat(dataset.getValue("Cumulative total", "2016")).isEqualTo(30212L);
    }

    @Test
    void yearWithoutSplitBySexIsDrawnWithItsTotalInAGreySeries() {
        YearlyFigure unsplit = new YearlyFigure(Period.year(2017), null, null, 1127, null, -291L,
                new BigDecimal("-20.5"), 31339);
        List<YearlyFigure> figures = List.of(Y2015, Y2016, unsplit);

        DefaultCategoryDataset sex = ArrivalsChart.sexDataset(figures, EN);
        assertThat(sex.getRowKeys()).containsExactly("Male", "Female", "Total, not split by sex");
        assertThat(sex.getColumnKeys()).containsExactly("2015", "2016", "2017");
        assertThat(sex.getValue("Total, not split by sex", "2017")).isEqualTo(1127L);
        assertThat(sex.getValue("Male", "2017")).isNull();
        assertThat(sex.getValue("Female", "2017")).isNull();
        assertThat(sex.getValue("Total, not split by sex", "2016")).isNull();
        assertThat(sex.getValue("Female", "2016")).isEqualTo(1116L);
        assertThat(ArrivalsChart.cumulativeDataset(figures, EN).getValue("Cumulative total", "2017")).isEqualTo(31339L);
        assertThat(ArrivalsChart.subtitle(figures, EN)).isNull();

        CategoryPlot plot = ArrivalsChart.chart(figures, SOURCE, EN).getCategoryPlot();
        assertThat(plot.getRenderer(0).getSeriesPaint(2)).isEqualTo(ChartStyle.NEUTRAL);
        assertThat(legendLabels(plot)).containsExactly("Male", "Female", "Total, not split by sex",
                "Cumulative total");
    }

    @Test
    void yearWithOnlyOneSexPublishedIsDrawnWithItsTotal() {
        YearlyFigure maleOnly = new YearlyFigure(Period.year(2017), 188L, null, 1127, null, -291L,
                new BigDecimal("-20.5"), 31339);

        DefaultCategoryDataset sex = ArrivalsChart.sexDataset(List.of(Y2016, maleOnly), EN);

        assertThat(sex.getValue("Total, not split by sex", "2017")).isEqualTo(1127L);
        assertThat(sex.getValue("Male", "2017")).isNull();
    }

    @Test
    void noGreySeriesWhenEveryYearIsSplitBySex() {
        assertThat(legendLabels(ArrivalsChart.chart(FIGURES, SOURCE, EN).getCategoryPlot()))
                .containsExactly("Male", "Female", "Cumulative total");
    }

    @Test
    void eightyYearsAreLabelledEveryFifthYear() throws Exception {
        List<YearlyFigure> figures = new ArrayList<>();
        long cumulative = 0;
        for (int year = 1945; year <= 2024; year++) {
            long male = 100 + year % 7;
            long female = 300 + year % 11;
            cumulative += male + female;
            figures.add(new YearlyFigure(Period.year(year), male, female, male + female, null, null, null,
                    cumulative));
        }
        JFreeChart chart = ArrivalsChart.chart(figures, SOURCE, EN);

        assertThat(chart.getCategoryPlot().getDataset(0).getColumnCount()).isEqualTo(80);
        List<String> texts = ChartTestSupport.texts(ChartTestSupport.assertStableSvg(chart));
        List<String> years = texts.stream().filter(text -> text.matches("(19|20)[0-9]{2}")).toList();
        assertThat(years).containsExactly("1945", "1950", "1955", "1960", "1965", "1970", "1975", "1980", "1985",
                "1990", "1995", "2000", "2005", "2010", "2015", "2020");
        ChartTestSupport.assertDefaultSizePng(ChartFiles.png(chart, ChartFiles.DEFAULT_WIDTH,
                ChartFiles.DEFAULT_HEIGHT));
    }

    @Test
    void aFewYearsAreAllLabelled() throws Exception {
        List<String> texts = ChartTestSupport.texts(ChartTestSupport.assertStableSvg(
                ArrivalsChart.chart(List.of(Y2015, Y2016), SOURCE, EN)));

        assertThat(texts).contains("2015", "2016");
    }

    @Test
    void subtitleNamesTheBlocks() {
        assertThat(ArrivalsChart.subtitle(FIGURES, EN))
                .isEqualTo("Cumulative total includes arrivals published as blocks (~1998, 1999~2001)");
        assertThat(ArrivalsChart.subtitle(List.of(Y2015, Y2016), EN)).isNull();
    }

    @Test
    void chartHasStackedBarsOnTheLeftAndTheCumulativeLineOnTheRight() {
        JFreeChart chart = ArrivalsChart.chart(FIGURES, SOURCE, EN);
        CategoryPlot plot = chart.getCategoryPlot();

        assertThat(chart.getTitle().getText()).isEqualTo("North Korean defectors arriving in South Korea");
        assertThat(plot.getDatasetCount()).isEqualTo(2);
        assertThat(plot.getRenderer(0)).isInstanceOf(StackedBarRenderer.class);
        assertThat(plot.getRenderer(1)).isInstanceOf(LineAndShapeRenderer.class);
        assertThat(plot.getDataset(1).getRowKeys()).containsExactly("Cumulative total");

        assertThat(plot.getRangeAxisForDataset(0)).isSameAs(plot.getRangeAxis(0));
        assertThat(plot.getRangeAxisForDataset(1)).isSameAs(plot.getRangeAxis(1));
        assertThat(plot.getRangeAxis(0).getLabel()).isEqualTo("Arrivals per year (persons)");
        assertThat(plot.getRangeAxis(1).getLabel()).isEqualTo("Cumulative arrivals (persons)");
        assertThat(plot.getRangeAxisEdge(0)).isEqualTo(RectangleEdge.LEFT);
        assertThat(plot.getRangeAxisEdge(1)).isEqualTo(RectangleEdge.RIGHT);

        CategoryAxis years = plot.getDomainAxis();
        assertThat(years.getLabel()).isEqualTo("Year of arrival");
        // two years: their labels stand upright (many turn, ChartStyle's print rule)
        assertThat(years.getCategoryLabelPositions()).isEqualTo(CategoryLabelPositions.STANDARD);
    }

    @Test
    void chartHasLegendAtTheBottomSubtitleAndSource() {
        JFreeChart chart = ArrivalsChart.chart(FIGURES, SOURCE, EN);

        assertThat(chart.getLegend().getPosition()).isEqualTo(RectangleEdge.BOTTOM);
        assertThat(textTitles(chart)).contains(SOURCE,
                "Cumulative total includes arrivals published as blocks (~1998, 1999~2001)");
    }

    @Test
    void rendersPngOfTheDefaultSize() throws Exception {
        byte[] png = ChartFiles.png(ArrivalsChart.chart(FIGURES, SOURCE, EN),
                ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT);

        ChartTestSupport.assertDefaultSizePng(png);
    }

    @Test
    void rendersTheSameSvgEveryTime() throws Exception {
        JFreeChart chart = ArrivalsChart.chart(FIGURES, SOURCE, EN);

        var svg = ChartTestSupport.assertStableSvg(chart);

        assertThat(ChartTestSupport.texts(svg)).contains("North Korean defectors arriving in South Korea", SOURCE,
                "2015", "2016", "Male", "Female", "Cumulative total");
        assertThat(ChartFiles.svg(ArrivalsChart.chart(FIGURES, SOURCE, EN), 1600, 900))
                .as("a second chart built from the same figures")
                .isEqualTo(ChartFiles.svg(chart, 1600, 900));
    }

    private static List<String> legendLabels(CategoryPlot plot) {
        List<String> labels = new ArrayList<>();
        LegendItemCollection items = plot.getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    private static List<String> textTitles(JFreeChart chart) {
        return chart.getSubtitles().stream()
                .filter(TextTitle.class::isInstance)
                .map(title -> ((TextTitle) (Title) title).getText())
                .toList();
    }
}
