package org.defstats.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * A chart's title, axis labels, category labels and legend take the shipped Korean font when they hold Korean
 * text, which DejaVu Sans would draw as boxes, and keep DejaVu Sans otherwise.
 */
class KoreanChartFontsTest {

    @Test
    void koreanTextIsSetInNanumGothicAndOtherTextInDejaVuSans() {
        JFreeChart korean = chart("입국 시 연령", "연령", "남", "여", "0~9세");
        assertThat(korean.getTitle().getFont().getFamily()).isEqualTo(ShippedFonts.KOREAN_FAMILY);
        CategoryPlot plot = korean.getCategoryPlot();
        assertThat(plot.getDomainAxis().getLabelFont().getFamily()).isEqualTo(ShippedFonts.KOREAN_FAMILY);
        assertThat(plot.getDomainAxis().getTickLabelFont().getFamily()).isEqualTo(ShippedFonts.KOREAN_FAMILY);
        assertThat(plot.getRangeAxis().getLabelFont().getFamily()).isEqualTo(ShippedFonts.KOREAN_FAMILY);
        assertThat(((LegendTitle) korean.getSubtitle(0)).getItemFont().getFamily())
                .isEqualTo(ShippedFonts.KOREAN_FAMILY);

        JFreeChart english = chart("Age at entry", "Age", "men", "women", "0-9");
        assertThat(english.getTitle().getFont()).isEqualTo(ChartStyle.TITLE_FONT);
        assertThat(english.getCategoryPlot().getDomainAxis().getTickLabelFont()).isEqualTo(ChartStyle.TICK_LABEL_FONT);
        assertThat(((LegendTitle) english.getSubtitle(0)).getItemFont()).isEqualTo(ChartStyle.LEGEND_FONT);
    }

    /** A chart of two series, so that it has a legend. */
    private static JFreeChart chart(String title, String axis, String series, String other, String category) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        dataset.addValue(1, series, category);
        dataset.addValue(2, other, category);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(axis), ChartStyle.integerAxis(axis),
                ChartStyle.stackedBars());
        return ChartStyle.chart(title, plot);
    }
}
