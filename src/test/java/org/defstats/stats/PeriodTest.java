package org.defstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.defstats.stats.Period.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void parsesEveryShape() {
        assertThat(Period.parse("2016")).isEqualTo(new Period(Kind.YEAR, 2016, 1, 2016, 12))
                .isEqualTo(Period.year(2016));
        assertThat(Period.parse("1999~2001")).isEqualTo(new Period(Kind.YEARS, 1999, 1, 2001, 12));
        assertThat(Period.parse("~1998")).isEqualTo(new Period(Kind.UP_TO_YEAR, 0, 0, 1998, 12));
        assertThat(Period.parse("2016-01~2016-09")).isEqualTo(new Period(Kind.MONTHS, 2016, 1, 2016, 9));
        assertThat(Period.parse("2015-11~2016-02")).isEqualTo(new Period(Kind.MONTHS, 2015, 11, 2016, 2));
        assertThat(Period.parse("2016-03")).isEqualTo(new Period(Kind.MONTHS, 2016, 3, 2016, 3));
        assertThat(Period.parse("2016-03~2016-03")).isEqualTo(Period.parse("2016-03"));
    }

    @Test
    void trimsTheText() {
        assertThat(Period.parse("  2016 \t")).isEqualTo(Period.year(2016));
        assertThat(Period.parse(" ~1998 ")).isEqualTo(new Period(Kind.UP_TO_YEAR, 0, 0, 1998, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016", "1999~2001", "~1998", "2016-01~2016-09", "2016-10~2016-12",
            "2015-11~2016-02", "2016-03"})
    void labelsRoundTrip(String text) {
        Period period = Period.parse(text);
        assertThat(period.label()).isEqualTo(text);
        assertThat(Period.parse(period.label())).isEqualTo(period);
    }

    @Test
    void labelsAreCanonical() {
        assertThat(Period.parse("2016-03~2016-03").label()).isEqualTo("2016-03");
        assertThat(new Period(Kind.MONTHS, 2016, 1, 2016, 9).label()).isEqualTo("2016-01~2016-09");
        assertThat(Period.year(2002).label()).isEqualTo("2002");
    }

    @Test
    void wholeYears() {
        assertThat(Period.parse("2016").isWholeYears()).isTrue();
        assertThat(Period.parse("~1998").isWholeYears()).isTrue();
        assertThat(Period.parse("2016-01~2016-12").isWholeYears()).isFalse();
    }

    @Test
    void ordersByStartThenEnd() {
        List<Period> sorted = List.of("~1998", "1999~2001", "2002", "2016-01~2016-04", "2016-01~2016-09",
                "2016", "2016-03", "2016-04~2016-06", "2017").stream().map(Period::parse).toList();
        List<Period> shuffled = new ArrayList<>(sorted);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(sorted);
    }

    @Test
    void orderAgreesWithEquals() {
        Period year = Period.parse("2016");
        Period months = Period.parse("2016-01~2016-12");
        assertThat(year.compareTo(months)).isNotZero();
        assertThat(Integer.signum(year.compareTo(months))).isEqualTo(-Integer.signum(months.compareTo(year)));
        assertThat(year.compareTo(Period.year(2016))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"16", "abc", "", "   ", "201", "20160", "2016~", "~", "1999-2001", "2016-1~2016-9",
            "2016-01~", "0999", "~98", "2016년도", "20 16", "2016-0 1"})
    void rejectsBadText(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(text))
                .withMessageContaining("\"" + text + "\"")
                .withMessageContaining("is not a period");
    }

    @Test
    void koreanYearSuffixesAndSpacesAroundTheTildeAreRead() {
        assertThat(Period.parse("2016년")).isEqualTo(Period.year(2016));
        assertThat(Period.parse("1999년~2001년")).isEqualTo(Period.parse("1999~2001"));
        assertThat(Period.parse("2016 ~ 2017")).isEqualTo(Period.parse("2016~2017"));
    }

    @Test
    void monthsAndSpansBreakTheirOwnRules() {
        assertThatThrownBy(() -> Period.parse("2016-00")).isInstanceOf(RuleException.class)
                .extracting(e -> ((RuleException) e).rule()).isEqualTo("month");
        assertThatThrownBy(() -> Period.parse("2016-09~2016-01")).isInstanceOf(RuleException.class)
                .extracting(e -> ((RuleException) e).rule()).isEqualTo("span");
        assertThatThrownBy(() -> Period.parse("2001~1999")).isInstanceOf(RuleException.class)
                .extracting(e -> ((RuleException) e).rule()).isEqualTo("span");
    }

    @Test
    void yearsBefore1945OrAfterTheLastYearBreakTheYearRule() {
        assertThat(Period.parse("1945").requireYearsUpTo(2025)).isEqualTo(Period.year(1945));
        assertThatThrownBy(() -> Period.parse("1944").requireYearsUpTo(2025)).isInstanceOf(RuleException.class)
                .hasMessage("1944 is outside the years 1945 to 2025; check the year");
        assertThatThrownBy(() -> Period.parse("2025-12~2026-01").requireYearsUpTo(2025))
                .isInstanceOf(RuleException.class);
    }

    @Test
    void badTextMessageListsTheShapes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("16"))
                .withMessageStartingWith("\"16\" is not a period: use 2016, 1999~2001, ~1998, 2016-01~2016-09");
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(null))
                .withMessageContaining("2016-01~2016-09");
    }

    @Test
    void rejectsMonthsOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2016-13~2016-14"))
                .withMessageContaining("\"2016-13~2016-14\"").withMessageContaining("01 to 12");
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2016-00~2016-03"))
                .withMessageContaining("01 to 12");
    }

    @Test
    void rejectsSpansThatEndBeforeTheyStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2016-09~2016-01"))
                .withMessageContaining("\"2016-09~2016-01\"").withMessageContaining("before it starts");
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2016-01~2015-12"))
                .withMessageContaining("\"2016-01~2015-12\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2001~1999"))
                .withMessageContaining("\"2001~1999\"");
    }

    @Test
    void blockOfOneYearPointsToTheYear() {
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2001~2001"))
                .withMessageContaining("\"2001~2001\"").withMessageEndingWith("written 2001");
    }
}
