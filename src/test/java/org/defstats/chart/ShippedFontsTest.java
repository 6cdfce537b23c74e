package org.defstats.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Charts are drawn with the fonts defstats ships, Korean text included, not with a machine's fonts. */
class ShippedFontsTest {

    @Test
    void englishTextUsesDejaVuSansAndKoreanTextNanumGothic() {
        assertThat(ChartStyle.FONT_FAMILY).isEqualTo("DejaVu Sans");
        assertThat(ChartStyle.TITLE_FONT.getFontName()).isEqualTo("DejaVu Sans Bold");
        assertThat(ShippedFonts.thatShows(ChartStyle.FOOTER_FONT, "Source: Ministry of Unification").getFamily())
                .isEqualTo("DejaVu Sans");
        assertThat(ShippedFonts.thatShows(ChartStyle.FOOTER_FONT, "출처: 통일부 북한이탈주민 입국현황").getFamily())
                .isEqualTo("NanumGothic");
    }
}
