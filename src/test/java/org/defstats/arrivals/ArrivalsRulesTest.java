package org.defstats.arrivals;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import org.defstats.csv.CsvHeader;
import org.defstats.csv.CsvLine;
import org.defstats.csv.LineCheck;
import org.defstats.csv.LineProblem;
import org.defstats.stats.Period;
import org.defstats.stats.RowProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks that keep inconsistent arrivals rows from reaching a published table. The tables of cases cover
 * every rule of README an arrivals job checks, one case per way of breaking it, each naming the problems
 * expected ({@code column rule} for one line, {@code line rule} across rows), so that a rule taken out fails
 * its cases.
 */
class ArrivalsRulesTest {

    private static final String YEARLY = ArrivalsJobType.YEARLY;
    private static final String PARTIAL = ArrivalsJobType.PARTIAL_PERIODS;
    private static final List<ArrivalRow> MOU_YEARS = load("mou-arrivals-by-year.csv");
    private static final List<ArrivalRow> MOU_SPANS = load("mou-arrivals-partial-periods.csv");

    private static final List<ArrivalRow> YEARS_2015_2016 = List.of(
            new ArrivalRow(Period.year(2015), 251L, 1024L, 1275, 2), new ArrivalRow(Period.year(2016), 302L, 1116L, 1418, 3));

    @Test
    void aSpanAboveItsYearIsRefused() {
        assertThat(ArrivalsChecks.spans(List.of(span("2016-01~2016-11", 9999, 7)), YEARS_2015_2016))
                .containsExactly(new RowProblem(7, "total", "9999", "span-total",
                        "2016-01~2016-11 has 9999 arrivals, more than the 1418 of the whole year 2016"));
    }

    @Test
    void aWholeYearSpanMustEqualTheYear() {
        assertThat(ArrivalsChecks.spans(List.of(span("2015-01~2015-12", 1270, 5)), YEARS_2015_2016))
                .extracting(RowProblem::message)
                .containsExactly("2015-01~2015-12 has 1270 arrivals, but the year 2015 has 1275");
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

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of(YEARLY, "a published year", List.of("2016", "302", "1116", "1418"), List.of()),
                Arguments.of(YEARLY, "a block", List.of("1999~2001", "565", "478", "1043"), List.of()),
                Arguments.of(YEARLY, "a total row", List.of("합계", "", "", "33,882"), List.of()),
                Arguments.of(YEARLY, "required: no period", List.of("", "795", "1911", "2706"), List.of("1 required")),
                Arguments.of(YEARLY, "required: no total", List.of("2017", "188", "939", ""), List.of("4 required")),
                Arguments.of(YEARLY, "required: total not published", List.of("2017", "188", "939", "-"),
                        List.of("4 required")),
                Arguments.of(YEARLY, "count: negative", List.of("2020", "-72", "157", "229"), List.of("2 count")),
                Arguments.of(YEARLY, "count: decimal", List.of("2023", "32", "164", "196.0"), List.of("4 count")),
                Arguments.of(YEARLY, "count: short group", List.of("2014", "305", "1092", "1,39"), List.of("4 count")),
                Arguments.of(YEARLY, "period: letter O", List.of("2O10", "591", "1811", "2402"), List.of("1 period")),
                Arguments.of(YEARLY, "span: reversed block", List.of("2001~1999", "565", "478", "1043"),
                        List.of("1 span")),
                Arguments.of(YEARLY, "year: before 1945", List.of("1944", "", "", "10"), List.of("1 year")),
                Arguments.of(YEARLY, "year: after the last year", List.of("2026", "", "", "10"), List.of("1 year")),
                Arguments.of(YEARLY, "whole-years: a span of months", List.of("2025-01~2025-09", "", "", "180"),
                        List.of("1 whole-years")),
                Arguments.of(YEARLY, "sum: male + female is not the total", List.of("2019", "202", "845", "1048"),
                        List.of("4 sum")),
                Arguments.of(YEARLY, "sum: male above the total", List.of("2016", "1500", "", "1418"),
                        List.of("2 sum")),
                Arguments.of(PARTIAL, "a published span", List.of("2016-01~2016-04", "", "", "493"), List.of()),
                Arguments.of(PARTIAL, "month: 13", List.of("2016-01~2016-13", "", "", "1468"), List.of("1 month")),
                Arguments.of(PARTIAL, "span: reversed span", List.of("2013-03~2013-01", "", "", "320"),
                        List.of("1 span")),
                Arguments.of(PARTIAL, "months: a whole year", List.of("2017", "188", "939", "1127"),
                        List.of("1 months")),
                Arguments.of(PARTIAL, "total-row: none in partial periods", List.of("합계", "", "", "9999"),
                        List.of("1 total-row")),
                Arguments.of(PARTIAL, "sum: female above the total", List.of("2024-04~2024-06", "", "70", "62"),
                        List.of("3 sum")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("lines")
    void aLineOfAnArrivalsInput(String role, String name, List<String> cells, List<String> expected) {
        LineCheck check = new LineCheck(line(cells.toArray(String[]::new)));
        ArrivalRow row = new ArrivalLineRules(role, 2025).apply(check);
        assertThat(check.problems()).extracting(p -> p.column() + " " + p.rule()).containsExactlyElementsOf(expected);
        assertThat(row == null).isEqualTo(!expected.isEmpty());
    }

    static Stream<Arguments> yearlyRows() {
        List<ArrivalRow> without2007 = MOU_YEARS.stream().filter(r -> !r.period().label().equals("2007")).toList();
        List<ArrivalRow> twice2010 = new ArrayList<>(MOU_YEARS);
        twice2010.add(new ArrivalRow(Period.year(2010), 591L, 1811L, 2402, 40));
        List<ArrivalRow> oneMaleUnpublished = new ArrayList<>(YEARS_2015_2016);
        oneMaleUnpublished.set(0, new ArrivalRow(Period.year(2015), null, 1024L, 1275, 2));
        return Stream.of(
                Arguments.of("the MOU years", MOU_YEARS, List.of(), List.of()),
                Arguments.of("duplicate: 2010 twice", twice2010, List.of(), List.of("40 duplicate")),
                Arguments.of("overlap: 1999~2002 and 2002", List.of(row("1999~2002", 1500, 3), row("2002", 1142, 4)),
                        List.of(), List.of("4 overlap")),
                Arguments.of("gap: 2007 left out", without2007, List.of(), List.of("10 gap")),
                Arguments.of("total-row: the total", YEARS_2015_2016, List.of(new ArrivalRow(null, 553L, 2140L, 2693, 4)),
                        List.of()),
                Arguments.of("total-row: total wrong", YEARS_2015_2016,
                        List.of(new ArrivalRow(null, 553L, 2140L, 2690, 4)), List.of("4 total-row")),
                Arguments.of("total-row: male wrong", YEARS_2015_2016,
                        List.of(new ArrivalRow(null, 550L, 2140L, 2693, 4)), List.of("4 total-row")),
                Arguments.of("total-row: female wrong", YEARS_2015_2016,
                        List.of(new ArrivalRow(null, 553L, 2143L, 2693, 4)), List.of("4 total-row")),
                Arguments.of("total-row: male not summed where a row does not give it", oneMaleUnpublished,
                        List.of(new ArrivalRow(null, 550L, 2140L, 2693, 4)), List.of()),
                Arguments.of("total-row: a second total row", YEARS_2015_2016,
                        List.of(new ArrivalRow(null, 553L, 2140L, 2693, 4), new ArrivalRow(null, 553L, 2140L, 2693, 5)),
                        List.of("5 total-row")),
                Arguments.of("no-data: no rows", List.of(), List.of(), List.of("0 no-data")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearlyRows")
    void rowsOfTheYearlyInputTakenTogether(String name, List<ArrivalRow> rows, List<ArrivalRow> totalRows,
            List<String> expected) {
        assertThat(ArrivalsChecks.yearly(rows, totalRows)).extracting(p -> p.line() + " " + p.rule())
                .containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> spanRows() {
        List<ArrivalRow> quarters2019 = List.of(span("2019-01~2019-03", 229, 2), span("2019-04~2019-06", 302, 3),
                span("2019-07~2019-09", 226, 4), span("2019-10~2019-12", 272, 5));
        return Stream.of(
                Arguments.of("the MOU spans", MOU_SPANS, List.of()),
                Arguments.of("duplicate: 2016-01~2016-09 twice", List.of(span("2016-01~2016-09", 1036, 2),
                        span("2016-01~2016-09", 1036, 3)), List.of("3 duplicate")),
                Arguments.of("span-total: above the year", List.of(span("2016-01~2016-11", 1468, 13)),
                        List.of("13 span-total")),
                Arguments.of("span-total: January-December is not the year", List.of(span("2017-01~2017-12", 1120, 15)),
                        List.of("15 span-total")),
                Arguments.of("span-total: a span across two years is not compared",
                        List.of(span("2016-11~2017-02", 9999, 15)), List.of()),
                Arguments.of("quarters: 302 for 320", quarters2019, List.of("5 quarters")),
                Arguments.of("year-to-date: 2016-01~2016-08 below 2016-01~2016-06",
                        List.of(span("2016-01~2016-06", 815, 9), span("2016-01~2016-08", 794, 10)),
                        List.of("10 year-to-date")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spanRows")
    void spansOfThePartialPeriodsInputTakenTogether(String name, List<ArrivalRow> spans, List<String> expected) {
        assertThat(ArrivalsChecks.spans(spans, MOU_YEARS)).extracting(p -> p.line() + " " + p.rule())
                .containsExactlyElementsOf(expected);
    }

    private static CsvLine line(String... values) {
        return CsvLine.data("a.csv", 2, new CsvHeader(ArrivalLineRules.COLUMNS,
                Map.of("period", 1, "male", 2, "female", 3, "total", 4), 4), List.of(values));
    }

    private static ArrivalRow span(String period, long total, long line) {
        return new ArrivalRow(Period.parse(period), null, null, total, line);
    }

    private static ArrivalRow row(String period, long total, long line) {
        return new ArrivalRow(Period.parse(period), null, null, total, line);
    }

    private static List<ArrivalRow> load(String resource) {
        try (Reader in = new InputStreamReader(ArrivalsRulesTest.class.getResourceAsStream(resource), UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return csv.stream().map(r -> new ArrivalRow(Period.parse(r.get("period")), count(r.get("male")),
                    count(r.get("female")), Long.parseLong(r.get("total")), r.getRecordNumber() + 1)).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Long count(String cell) {
        return cell.isBlank() ? null : Long.valueOf(cell);
    }
}
