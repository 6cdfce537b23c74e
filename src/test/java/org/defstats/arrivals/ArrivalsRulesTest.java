package org.defstats.arrivals;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.defstats.csv.CsvInputException;
import org.defstats.csv.CsvLine;
import org.defstats.stats.Period;
import org.junit.jupiter.api.Test;

/** The checks that keep inconsistent arrivals rows from reaching a published table. */
class ArrivalsRulesTest {

    private static final List<YearlyFigure> YEARS_2015_2016 = ArrivalsStatistics.yearly(List.of(
            new ArrivalRow(Period.year(2015), 251L, 1024L, 1275), new ArrivalRow(Period.year(2016), 302L, 1116L, 1418)));

    @Test
    void publishedYearToDateSpansAgreeWithTheYears() {
        assertThatCode(() -> ArrivalsStatistics.checkSpansAgainstYears(YEARS_2015_2016, List.of(
                span("2016-01~2016-10", 1155), span("2016-01~2016-11", 1268), span("2015-01~2015-04", 424))))
                .doesNotThrowAnyException();
    }

    @Test
    void aSpanAboveItsYearIsRefused() {
        assertThatThrownBy(() -> ArrivalsStatistics.checkSpansAgainstYears(YEARS_2015_2016,
                List.of(span("2016-01~2016-11", 9999))))
                .hasMessage("2016-01~2016-11 has 9999 arrivals, more than the 1418 of the whole year 2016");
    }

    @Test
    void aYearToDateSpanThatShrinksIsRefused() {
        assertThatThrownBy(() -> ArrivalsStatistics.checkSpansAgainstYears(YEARS_2015_2016,
                List.of(span("2016-01~2016-10", 1268), span("2016-01~2016-11", 1155))))
                .hasMessage("2016-01~2016-11 has 1155 arrivals, fewer than the 1268 of 2016-01~2016-10");
    }

    @Test
    void aWholeYearSpanMustEqualTheYear() {
        assertThatThrownBy(() -> ArrivalsStatistics.checkSpansAgainstYears(YEARS_2015_2016,
                List.of(span("2015-01~2015-12", 1270))))
                .hasMessage("2015-01~2015-12 has 1270 arrivals, but the year 2015 has 1275");
    }

    @Test
    void oneSexAboveTheTotalIsRefusedEvenWhenTheOtherIsNotPublished() {
        ArrivalLineProcessor processor = new ArrivalLineProcessor(1, ArrivalsJobType.YEARLY);

        assertThatThrownBy(() -> processor.process(line("2016", "", "1500", "1418")))
                .isInstanceOf(CsvInputException.class)
                .hasMessage("a.csv:2:3: female 1500 is more than the total 1418; correct whichever figure is wrong [sum]");
        assertThatCode(() -> processor.process(line("2016", "", "1116", "1418"))).doesNotThrowAnyException();
    }

    private static CsvLine line(String... values) {
        return new CsvLine("a.csv", 2, ArrivalLineProcessor.COLUMNS, List.of(values));
    }

    private static ArrivalRow span(String period, long total) {
        return new ArrivalRow(Period.parse(period), null, null, total);
    }
}
