package org.defstats.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.defstats.chart.ChartFiles;
import org.defstats.chart.ChartStyle;
import org.defstats.chart.ChartTestSupport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.defstats.text.Language;
import org.defstats.text.Messages;
import org.junit.jupiter.api.Test;

class EducationChartsTest {

    private static final Messages EN = Messages.of(EducationJobType.class, Language.EN);

    private static final String SOURCE = "Source: Ministry of Unification";
    private static final LevelGroup UNIVERSITY_OR_HIGHER =
            new LevelGroup("university-or-higher", Set.of(Level.UNIVERSITY));

    // 2013 before 2012: the chart orders by year, not by input
    private static final List<GroupFigure> GROUP = List.of(
            new GroupFigure(2013, 100, 1514, new BigDecimal("6.6"), new BigDecimal("1.3")),
            new GroupFigure(2012, 80, 1502, new BigDecimal("5.3"), null),
            new GroupFigure(2014, 92, 1397, new BigDecimal("6.6"), new BigDecimal("0.0")),
            new GroupFigure(2015, 93, 1275, new BigDecimal("7.3"), new BigDecimal("0.7")));

    // university first and a year ahead: rows still come in Level order and columns by year
    private static final List<LevelShare> SHARES = List.of(
            new LevelShare(2013, Level.UNIVERSITY, 100, 1514, new BigDecimal("6.6")),
            new LevelShare(2013, Level.SECONDARY, 1224, 1514, new BigDecimal("80.8")),
            new LevelShare(2013, Level.UNKNOWN, 190, 1514, new BigDecimal("12.5")),
            new LevelShare(2012, Level.SECONDARY, 1232, 1502, new BigDecimal("82.0")),
            new LevelShare(2012, Level.UNIVERSITY, 80, 1502, new BigDecimal("5.3")),
            new LevelShare(2012, Level.UNKNOWN, 190, 1502, new BigDecimal("12.6")));

    @Test
    void groupShareDatasetHasThePublishedSharesPerYear() {
        DefaultCategoryDataset dataset = EducationCharts.groupShareDataset(GROUP, "university-or-higher");

        assertThat(dataset.getRowKeys()).containsExactly("university-or-higher");
        assertThat(dataset.getColumnKeys()).containsExactly("2012", "2013", "2014", "2015");
        assertThat(dataset.getValue("university-or-higher", "2012")).isEqualTo(new BigDecimal("5.3"));
        assertThat(dataset.getValue("university-or-higher", "2013")).isEqualTo(new BigDecimal("6.6"));
        assertThat(dataset.getValue("university-or-higher", "2014")).isEqualTo(new BigDecimal("6.6"));
        assertThat(dataset.getValue("university-or-higher", "2015")).isEqualTo(new BigDecimal("7.3"));
    }

    @Test
    void groupShareChartIsALabelledLineFromZero() {
        JFreeChart chart = EducationCharts.groupShareChart(GROUP, UNIVERSITY_OR_HIGHER, SOURCE, EN);
        CategoryPlot plot = chart.getCategoryPlot();

        assertThat(chart.getTitle().getText())
                .isEqualTo("Share of arrivals with university education or higher");
        assertThat(plot.getRenderer()).isInstanceOf(LineAndShapeRenderer.class);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Share of arrivals (%)");
        assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(0.0);
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(7.3);

        LineAndShapeRenderer line = (LineAndShapeRenderer) plot.getRenderer();
        assertThat(line.isSeriesItemLabelsVisible(0)).isTrue();
        assertThat(line.getItemLabelGenerator(0, 0).generateLabel(plot.getDataset(), 0, 0)).isEqualTo("5.3%");
        assertThat(line.getItemLabelGenerator(0, 3).generateLabel(plot.getDataset(), 0, 3)).isEqualTo("7.3%");

        // one series, named by the title
        assertThat(chart.getLegend()).isNull();
        assertThat(sourceFooter(chart).getText()).isEqualTo(SOURCE);
    }

    @Test
    void groupTitleListsTheLevelsInLevelOrder() {
        LevelGroup higher = new LevelGroup("higher", Set.of(Level.UNIVERSITY, Level.JUNIOR_COLLEGE));

        assertThat(EducationCharts.groupTitle(higher, EN))
                .isEqualTo("Share of arrivals with junior college education, university education or higher");
    }

    @Test
    void levelSharesDatasetHasLevelCodesInLevelOrderAndYearsAscending() {
        DefaultCategoryDataset dataset = EducationCharts.levelSharesDataset(SHARES, EN);

        assertThat(dataset.getRowKeys()).containsExactly("Secondary school", "University or higher", "Unknown");
        assertThat(dataset.getColumnKeys()).containsExactly("2012", "2013");
        assertThat(dataset.getValue("University or higher", "2012")).isEqualTo(new BigDecimal("5.3"));
        assertThat(dataset.getValue("University or higher", "2013")).isEqualTo(new BigDecimal("6.6"));
        assertThat(dataset.getValue("Secondary school", "2012")).isEqualTo(new BigDecimal("82.0"));
        assertThat(dataset.getValue("Unknown", "2013")).isEqualTo(new BigDecimal("12.5"));
    }

    @Test
    void levelMissingInAYearIsAnEmptyCell() {
        List<LevelShare> shares = List.of(
                new LevelShare(2012, Level.SECONDARY, 1502, 1502, new BigDecimal("100.0")),
                new LevelShare(2013, Level.PRIMARY, 14, 1514, new BigDecimal("0.9")),
                new LevelShare(2013, Level.SECONDARY, 1500, 1514, new BigDecimal("99.1")));

        DefaultCategoryDataset dataset = EducationCharts.levelSharesDataset(shares, EN);

        assertThat(dataset.getRowKeys()).containsExactly("Primary school", "Secondary school");
        assertThat(dataset.getColumnKeys()).containsExactly("2012", "2013");
        assertThat(dataset.getValue("Primary school", "2012")).isNull();
    }

    @Test
    void levelTwiceInAYearIsRejected() {
        List<LevelShare> shares = List.of(
                new LevelShare(2012, Level.UNIVERSITY, 80, 1502, new BigDecimal("5.3")),
                new LevelShare(2012, Level.UNIVERSITY, 81, 1502, new BigDecimal("5.4")));

        assertThatIllegalArgumentException().isThrownBy(() -> EducationCharts.levelSharesDataset(shares, EN))
                .withMessageContaining("2012").withMessageContaining("university");
    }

    @Test
    void levelSharesChartStacksToAHundredPercentWithAColourPerLevel() {
        JFreeChart chart = EducationCharts.levelSharesChart(SHARES, SOURCE, EN);
        CategoryPlot plot = chart.getCategoryPlot();

        assertThat(chart.getTitle().getText()).isEqualTo("Education level at arrival, share per year");
        assertThat(plot.getRenderer()).isInstanceOf(StackedBarRenderer.class);
        assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(0.0);
        assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(100.0);
        // colours follow the level, so university has the same colour whichever levels are present
        assertThat(plot.getRenderer().getSeriesPaint(1)).isEqualTo(ChartStyle.paint(Level.UNIVERSITY.ordinal()));
        assertThat(plot.getRenderer().getSeriesPaint(2)).isEqualTo(ChartStyle.NEUTRAL);
        assertThat(chart.getLegend().getPosition()).isEqualTo(RectangleEdge.BOTTOM);
        assertThat(sourceFooter(chart).getText()).isEqualTo(SOURCE);
    }

    @Test
    void levelSharesOfAFewYearsAreWrittenInTheirSegmentsForPrint() throws Exception {
        JFreeChart chart = EducationCharts.levelSharesChart(SHARES, SOURCE, EN);
        CategoryPlot plot = chart.getCategoryPlot();

        assertThat(plot.getRenderer().isItemLabelVisible(0, 0)).isTrue();
        assertThat(plot.getRenderer().getItemLabelGenerator(0, 0).generateLabel(plot.getDataset(), 0, 0))
                .isEqualTo("82.0%");
        // two years, so the year labels stand upright
        assertThat(plot.getDomainAxis().getCategoryLabelPositions())
                .isEqualTo(org.jfree.chart.axis.CategoryLabelPositions.STANDARD);
        assertThat(ChartTestSupport.texts(ChartTestSupport.assertStableSvg(chart))).contains("82.0%", "80.8%",
                "12.6%", "6.6%");
    }

    @Test
    void groupShareChartRendersToPngAndStableSvg() throws Exception {
        JFreeChart chart = EducationCharts.groupShareChart(GROUP, UNIVERSITY_OR_HIGHER, SOURCE, EN);

        ChartTestSupport.assertDefaultSizePng(
                ChartFiles.png(chart, ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT));
        var svg = ChartTestSupport.assertStableSvg(chart);

        assertThat(ChartTestSupport.texts(svg)).contains(
                "Share of arrivals with university education or higher", "5.3%", "6.6%", "7.3%", SOURCE);
    }

    @Test
    void levelSharesChartRendersToPngAndStableSvg() throws Exception {
        JFreeChart chart = EducationCharts.levelSharesChart(SHARES, SOURCE, EN);

        ChartTestSupport.assertDefaultSizePng(
                ChartFiles.png(chart, ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT));
        var svg = ChartTestSupport.assertStableSvg(chart);

        assertThat(ChartTestSupport.texts(svg)).contains(
                "Education level at arrival, share per year", "100%", "University or higher", "2012", SOURCE);
    }

    /** The footer: the bottom-most subtitle. */
    private static TextTitle sourceFooter(JFreeChart chart) {
        return (TextTitle) chart.getSubtitle(0);
    }
}
