package org.defstats.arrivals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.defstats.csv.CsvHeader;
import org.defstats.csv.CsvLine;
import org.defstats.csv.LineCheck;
import org.defstats.csv.LineProblem;
import org.defstats.stats.Period;
import org.defstats.stats.RowProblem;
import org.junit.jupiter.api.Test;

/** The checks that keep inconsistent arrivals rows from reaching a published table. */
class ArrivalsRulesTest {

    private static final List<ArrivalRow> YEARS_2015_2016 = List.of(
            new ArrivalRow(Period.year(2015), 251L, 1024L, 1275, 2), new ArrivalRow(Period.year(2016), 302L, 1116L, 1418, 3));

    @Test
    void publishedYearToDateSpansAgreeWithTheYears() {
        assertThat(ArrivalsChecks.spans(List.of(span("2016-01~2016-10", 1155, 2), span("2016-01~2016-11", 1268, 3),
                span("2015-01~2015-04", 424, 4)), YEARS_2015_2016)).isEmpty();
    }

    @Test
    void aSpanAboveItsYearIsRefused() {
        assertThat(ArrivalsChecks.spans(List.of(span("2016-01~2016-11", 9999, 7)), YEARS_2015_2016))
                .containsExactly(new RowProblem(7, "total", "9999", "span-total",
                        "2016-01~2016-11 has 9999 arrivals, more than the 1418 of the whole year 2016"));
    }

    @Test
    void aYearToDateSpanThatShrinksIsRefused() {
        assertThat(ArrivalsChecks.spans(List.of(span("2016-01~2016-10", 1268, 2), span("2016-01~2016-11", 1155, 3)),
                YEARS_2015_2016)).extracting(RowProblem::rule, RowProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("year-to-date", 3L));
    }

    @Test
    void aWholeYearSpanMustEqualTheYear() {
        assertThat(ArrivalsChecks.spans(List.of(span("2015-01~2015-12", 1270, 5)), YEARS_2015_2016))
                .extracting(RowProblem::message)
                .containsExactly("2015-01~2015-12 has 1270 arrivals, but the year 2015 has 1275");
    }

    @Test
    void theFourPublishedQuartersOf2019AddUpToTheYearAndOthersDoNot() {
        List<ArrivalRow> year2019 = List.of(new ArrivalRow(Period.year(2019), 202L, 845L, 1047, 2));
        List<ArrivalRow> quarters = List.of(span("2019-01~2019-03", 229, 2), span("2019-04~2019-06", 320, 3),
                span("2019-07~2019-09", 226, 4), span("2019-10~2019-12", 272, 5));
        assertThat(ArrivalsChecks.spans(quarters, year2019)).isEmpty();

        List<ArrivalRow> wrong = List.of(quarters.get(0), quarters.get(1), quarters.get(2), span("2019-10~2019-12", 270, 5));
        assertThat(ArrivalsChecks.spans(wrong, year2019)).extracting(RowProblem::rule, RowProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quarters", 5L));
    }

    @Test
    void aBlockAndAYearInsideItOverlap() {
        List<ArrivalRow> rows = List.of(new ArrivalRow(Period.parse("1999~2001"), 565L, 478L, 1043, 2),
                new ArrivalRow(Period.year(2000), null, null, 312, 3));
        assertThat(ArrivalsChecks.yearly(rows, List.of())).extracting(RowProblem::rule, RowProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("overlap", 3L));
    }

    @Test
    void aTotalRowIsCheckedAgainstTheRowsItTotals() {
        assertThat(ArrivalsChecks.yearly(YEARS_2015_2016,
                List.of(new ArrivalRow(null, 553L, 2140L, 2693, 4)))).isEmpty();
        assertThat(ArrivalsChecks.yearly(YEARS_2015_2016, List.of(new ArrivalRow(null, 553L, 2140L, 2690, 4))))
                .extracting(RowProblem::rule, RowProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("total-row", "total"));
    }

    @Test
    void oneSexAboveTheTotalIsRefusedEvenWhenTheOtherIsNotPublished() {
        ArrivalLineRules rules = new ArrivalLineRules(ArrivalsJobType.YEARLY, 2025);

        LineCheck bad = new LineCheck(line("2016", "", "1500", "1418"));
        assertThat(rules.apply(bad)).isNull();
        assertThat(bad.problems()).extracting(LineProblem::describe)
                .containsExactly("a.csv:2:3: female 1500 is more than the total 1418; correct whichever figure is wrong [sum]");
        assertThat(rules.apply(new LineCheck(line("2016", "", "1116", "1418")))).isNotNull();
    }

    @Test
    void everyBadCellOfALineIsReported() {
        LineCheck check = new LineCheck(line("2016년", "-5", "1,1160", "x"));
        assertThat(new ArrivalLineRules(ArrivalsJobType.YEARLY, 2025).apply(check)).isNull();
        assertThat(check.problems()).extracting(LineProblem::column, LineProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "count"),
                        org.assertj.core.groups.Tuple.tuple(3, "count"), org.assertj.core.groups.Tuple.tuple(4, "count"));
    }

    @Test
    void koreanYearsThousandsSeparatorsAndDashesAreRead() {
        ArrivalRow row = new ArrivalLineRules(ArrivalsJobType.YEARLY, 2025)
                .apply(new LineCheck(line("2016년", "-", "1,116", "1,418")));
        assertThat(row).isEqualTo(new ArrivalRow(org.defstats.stats.Period.parse("2016"), null, 1116L, 1418, 2));
    }

    @Test
    void fullWidthDigitsAreReadButSuperscriptFootnoteMarksAreNot() {
        ArrivalRow row = new ArrivalLineRules(ArrivalsJobType.YEARLY, 2025)
                .apply(new LineCheck(line("２０１６", "３０２", "1,116", "１，４１８")));
        assertThat(row.total()).isEqualTo(1418);
        LineCheck marked = new LineCheck(line("2016", "302", "1,116", "1,418¹"));
        new ArrivalLineRules(ArrivalsJobType.YEARLY, 2025).apply(marked);
        assertThat(marked.problems()).extracting(LineProblem::rule).containsExactly("count");
    }

    @Test
    void yearsAfterTheCurrentYearAreRefused() {
        LineCheck check = new LineCheck(line("2026", "1", "1", "2"));
        new ArrivalLineRules(ArrivalsJobType.YEARLY, 2025).apply(check);
        assertThat(check.problems()).extracting(LineProblem::rule).containsExactly("year");
    }

    private static CsvLine line(String... values) {
        return CsvLine.data("a.csv", 2, new CsvHeader(ArrivalLineRules.COLUMNS,
                Map.of("period", 1, "male", 2, "female", 3, "total", 4), 4), List.of(values));
    }

    private static ArrivalRow span(String period, long total, long line) {
        return new ArrivalRow(Period.parse(period), null, null, total, line);
    }
}
