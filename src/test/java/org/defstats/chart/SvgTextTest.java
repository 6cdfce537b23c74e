package org.defstats.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Font;
import java.awt.font.FontRenderContext;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgTextTest {

    @Test
    void theShippedFontsAndTheGenericFamilyFollowTheFirstFamily() {
        assertThat(SvgText.withFallback("'DejaVu Sans'")).isEqualTo("'DejaVu Sans', 'NanumGothic', sans-serif");
        assertThat(SvgText.withFallback("'NanumGothic'")).isEqualTo("'NanumGothic', 'DejaVu Sans', sans-serif");
        assertThat(SvgText.withFallback("'Dialog'")).isEqualTo("'Dialog', 'DejaVu Sans', 'NanumGothic', sans-serif");
        assertThat(SvgText.withFallback("'DejaVu Sans', serif")).isEqualTo("'DejaVu Sans', serif");
    }

    @Test
    void theTitleKeepsItsWidthInTheBoldShippedFont() throws Exception {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        dataset.addValue(Long.valueOf(1), "Male", "2015");
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("Year"), ChartStyle.integerAxis("Persons"),
                ChartStyle.stackedBars());
        JFreeChart chart = ChartStyle.chart("Arrivals by sex", plot);

        Document svg = ChartTestSupport.parse(ChartFiles.svg(chart, ChartFiles.DEFAULT_WIDTH,
                ChartFiles.DEFAULT_HEIGHT));

        double expected = ChartStyle.TITLE_FONT.deriveFont(Font.BOLD)
                .getStringBounds("Arrivals by sex", new FontRenderContext(null, true, true)).getWidth();
        Element title = text(svg, "Arrivals by sex");
        assertThat(Double.parseDouble(title.getAttribute("textLength"))).isCloseTo(expected, within(0.01));
        assertThat(title.getAttribute("lengthAdjust")).isEqualTo("spacingAndGlyphs");
    }

    private static Element text(Document svg, String content) {
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            if (texts.item(i).getTextContent().equals(content)) {
                return (Element) texts.item(i);
            }
        }
        throw new AssertionError("no text " + content);
    }
}
