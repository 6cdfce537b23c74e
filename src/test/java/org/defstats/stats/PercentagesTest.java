package org.defstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PercentagesTest {

    @Test
    void shareOfPublishedFigures() {
        assertThat(Percentages.share(1116, 1418)).isEqualByComparingTo("78.7");
        assertThat(Percentages.share(80, 1502)).isEqualByComparingTo("5.3");
    }

    @Test
    void shareRoundsHalfUp() {
        assertThat(Percentages.share(1, 8)).isEqualByComparingTo("12.5");
        assertThat(Percentages.share(1, 16)).isEqualByComparingTo("6.3"); // 6.25
        assertThat(Percentages.share(1, 80)).isEqualByComparingTo("1.3"); // 1.25, not exact as a double
        assertThat(Percentages.share(1, 3)).isEqualByComparingTo("33.3");
        assertThat(Percentages.share(2, 3)).isEqualByComparingTo("66.7");
    }

    @Test
    void negativeHalvesRoundAwayFromZero() {
        assertThat(Percentages.share(-1, 16)).isEqualByComparingTo("-6.3");
        assertThat(Percentages.change(400, 391)).isEqualByComparingTo("-2.3"); // -2.25
        assertThat(Percentages.change(1600, 1599)).isEqualByComparingTo("-0.1"); // -0.0625
        assertThat(Percentages.change(1600, 1601)).isEqualByComparingTo("0.1"); // 0.0625
        assertThat(Percentages.pointChange(9, 400, 0, 1)).isEqualByComparingTo("-2.3"); // -2.25
    }

    @Test
    void changeOfPublishedFigures() {
        assertThat(Percentages.change(1047, 229)).isEqualByComparingTo("-78.1");
        assertThat(Percentages.change(424, 493)).isEqualByComparingTo("16.3");
        assertThat(Percentages.change(1275, 1275)).isEqualByComparingTo("0.0");
    }

    @Test
    void pointChangeRoundsTheExactDifferenceOnce() {
        // 12.46 and 12.54 both round to 12.5, but the exact change is 0.08 points
        assertThat(Percentages.pointChange(1246, 10000, 1254, 10000)).isEqualByComparingTo("0.1");
        assertThat(Percentages.pointChange(80, 1502, 93, 1275)).isEqualByComparingTo("2.0"); // 1.9679
        assertThat(Percentages.pointChange(93, 1275, 80, 1502)).isEqualByComparingTo("-2.0");
    }

    @Test
    void noOverflowWithLargeCounts() {
        assertThat(Percentages.share(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualByComparingTo("100.0");
        assertThat(Percentages.change(Long.MAX_VALUE, 0)).isEqualByComparingTo("-100.0");
        assertThat(Percentages.pointChange(0, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE))
                .isEqualByComparingTo("100.0");
    }

    @Test
    void scaleIsAlwaysOne() {
        assertThat(Percentages.share(1, 2)).isEqualTo(new BigDecimal("50.0"));
        assertThat(Percentages.share(0, 7)).isEqualTo(new BigDecimal("0.0"));
        assertThat(Percentages.share(7, 7)).isEqualTo(new BigDecimal("100.0"));
        assertThat(Percentages.change(100, 300)).isEqualTo(new BigDecimal("200.0"));
        assertThat(Percentages.change(1600, 1599)).isEqualTo(new BigDecimal("-0.1"));
        assertThat(Percentages.change(100000, 99999)).isEqualTo(new BigDecimal("0.0"));
        assertThat(Percentages.pointChange(1, 2, 1, 4)).isEqualTo(new BigDecimal("-25.0"));
    }

    @Test
    void zeroWholeIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Percentages.share(3, 0)).withMessageContaining("0");
        assertThatIllegalArgumentException().isThrownBy(() -> Percentages.change(0, 5)).withMessageContaining("0");
        assertThatIllegalArgumentException().isThrownBy(() -> Percentages.pointChange(1, 0, 1, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> Percentages.pointChange(1, 2, 1, 0));
    }
}
