package org.defstats.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

    @Test
    void formatsAreEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(ChartStyle.integerFormat().format(1418)).isEqualTo("1,418");
            assertThat(ChartStyle.integerFormat().format(30212L)).isEqualTo("30,212");
            assertThat(ChartStyle.percentAxisFormat().format(20)).isEqualTo("20%");
            assertThat(ChartStyle.percentValueFormat().format(new BigDecimal("5.3"))).isEqualTo("5.3%");
            assertThat(ChartStyle.percentValueFormat().format(new BigDecimal("78.7"))).isEqualTo("78.7%");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void percentValuesRoundHalfUpLikePercentages() {
        assertThat(ChartStyle.percentValueFormat().format(new BigDecimal("2.25"))).isEqualTo("2.3%");
    }

    @Test
    void chartHasLegendAboveFooterAtTheBottomAndSubtitleAtTheTop() {
        JFreeChart chart = sampleChart();

        assertThat(chart.getTitle().getText()).isEqualTo("Sample");
        assertThat(chart.getTitle().getFont()).isEqualTo(ChartStyle.TITLE_FONT);
        assertThat(chart.getSubtitleCount()).isEqualTo(3);

        // the first bottom subtitle is drawn outermost, so the footer must come before the legend
        TextTitle footer = (TextTitle) chart.getSubtitle(0);
        assertThat(footer.getText()).isEqualTo("Source: Ministry of Unification");
        assertThat(footer.getPosition()).isEqualTo(RectangleEdge.BOTTOM);
        assertThat(footer.getHorizontalAlignment()).isEqualTo(HorizontalAlignment.LEFT);

        LegendTitle legend = chart.getLegend();
        assertThat(legend.getPosition()).isEqualTo(RectangleEdge.BOTTOM);
        assertThat(legend.getItemFont()).isEqualTo(ChartStyle.LEGEND_FONT);

        TextTitle subtitle = (TextTitle) chart.getSubtitle(2);
        assertThat(subtitle.getText()).isEqualTo("A subtitle");
        assertThat(subtitle.getPosition()).isEqualTo(RectangleEdge.TOP);
    }

    @Test
    void plotIsWhiteWithReadableAxes() {
        CategoryPlot plot = sampleChart().getCategoryPlot();

        assertThat(plot.getBackgroundPaint()).isEqualTo(ChartStyle.BACKGROUND);
        assertThat(plot.getRangeGridlinePaint()).isEqualTo(ChartStyle.GRID);
        assertThat(plot.getDomainAxis().getLabelFont()).isEqualTo(ChartStyle.AXIS_LABEL_FONT);
        assertThat(plot.getRangeAxis().getTickLabelFont()).isEqualTo(ChartStyle.TICK_LABEL_FONT);
    }

    @Test
    void paletteRepeats() {
        assertThat(ChartStyle.paint(0)).isEqualTo(ChartStyle.PALETTE.get(0));
        assertThat(ChartStyle.paint(ChartStyle.PALETTE.size())).isEqualTo(ChartStyle.PALETTE.get(0));
        assertThat(ChartStyle.PALETTE).doesNotHaveDuplicates();
    }

    @Test
    void rendersPngOfTheGivenSize() throws Exception {
        ChartTestSupport.assertDefaultSizePng(
                ChartFiles.png(sampleChart(), ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT));
    }

    @Test
    void svgIsStableAndCarriesTheTextsRotatedOnesIncluded() throws Exception {
        var svg = ChartTestSupport.assertStableSvg(sampleChart());

        assertThat(ChartTestSupport.texts(svg))
                .contains("Sample", "A subtitle", "Source: Ministry of Unification", "1,418", "Persons");
    }

    @Test
    void svgOfTwoChartsBuiltAlikeIsTheSame() {
        byte[] first = ChartFiles.svg(sampleChart(), 800, 450);
        byte[] second = ChartFiles.svg(sampleChart(), 800, 450);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void svgIsUtf8() throws Exception {
        JFreeChart chart = sampleChart();
        chart.setTitle("북한이탈주민 – arrivals");

        var svg = ChartTestSupport.parse(ChartFiles.svg(chart, 800, 450));

        assertThat(ChartTestSupport.texts(svg)).contains("북한이탈주민 – arrivals");
    }

    private static JFreeChart sampleChart() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        dataset.addValue(1275, "Male", "2015");
        dataset.addValue(1418, "Male", "2016");
        dataset.addValue(10, "Female", "2015");
        dataset.addValue(20, "Female", "2016");
        NumberAxis axis = ChartStyle.integerAxis("Persons");
        // a tick at exactly 1,418 shows the grouping in the SVG text
        axis.setRange(0, 1418);
        axis.setTickUnit(new NumberTickUnit(1418, ChartStyle.integerFormat()));
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("Year"), axis, ChartStyle.stackedBars());
        JFreeChart chart = ChartStyle.chart("Sample", plot);
        ChartStyle.addSubtitle(chart, "A subtitle");
        ChartStyle.addSource(chart, "Source: Ministry of Unification");
        return chart;
    }
}
