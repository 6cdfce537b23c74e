package org.defstats.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearAxisTest {

    @Test
    void labelsEveryYearWhileThirtyFitAndThenRoundYears() {
        assertThat(YearAxis.step(1)).isEqualTo(1);
        assertThat(YearAxis.step(30)).isEqualTo(1);
        assertThat(YearAxis.step(31)).isEqualTo(2);
        assertThat(YearAxis.step(60)).isEqualTo(2);
        assertThat(YearAxis.step(80)).isEqualTo(5);
        assertThat(YearAxis.step(151)).isEqualTo(10);
    }

    @Test
    void labelsTheMultiplesOfTheStepAndEveryCategoryThatIsNotAYear() {
        assertThat(YearAxis.labelled("1945", 5)).isTrue();
        assertThat(YearAxis.labelled("1946", 5)).isFalse();
        assertThat(YearAxis.labelled("1946", 1)).isTrue();
        assertThat(YearAxis.labelled("~1998", 5)).isTrue();
    }
}
