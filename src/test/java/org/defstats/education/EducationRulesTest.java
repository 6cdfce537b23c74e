package org.defstats.education;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.defstats.arrivals.ArrivalColumns;
import org.defstats.csv.CsvHeader;
import org.defstats.csv.CsvLine;
import org.defstats.csv.LineCheck;
import org.defstats.education.EducationChecks.ArrivalsTotal;
import org.defstats.education.EducationChecks.TotalRow;
import org.defstats.stats.Percentages;
import org.defstats.stats.RowProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of README that an education job checks, one case per way of breaking it, on the illustrative table
 * (lines 2–33, 2012 to 2015, whose yearly totals are the MOU's arrivals); each case names the problems expected as
 * {@code column rule} for one line and {@code line rule} across rows, so that a rule that is taken out fails
 * its cases.
 */
class EducationRulesTest {

    private static final List<LevelCount> ROWS = load();
    private static final List<ArrivalsTotal> MOU_ARRIVALS = List.of(new ArrivalsTotal(2012, 1502, 13),
            new ArrivalsTotal(2013, 1514, 14), new ArrivalsTotal(2014, 1397, 15), new ArrivalsTotal(2015, 1275, 16));

    static Stream<Arguments> levelLines() {
        return Stream.of(
                Arguments.of("a published row", List.of("2012", "university", "80"), List.of()),
                Arguments.of("a total row of a year", List.of("2012", "합계", "1,502"), List.of()),
                Arguments.of("required: no year", List.of("", "university", "80"), List.of("1 required")),
                Arguments.of("required: no level", List.of("2012", "", "80"), List.of("2 required")),
                Arguments.of("required: no count", List.of("2012", "university", ""), List.of("3 required")),
                Arguments.of("required: count not published", List.of("2012", "university", "-"),
                        List.of("3 required")),
                Arguments.of("year: five digits", List.of("20015", "university", "80"), List.of("1 year")),
                Arguments.of("year: before 1945", List.of("1944", "university", "80"), List.of("1 year")),
                Arguments.of("year: after the last year", List.of("2026", "university", "80"), List.of("1 year")),
                Arguments.of("level: unknown label", List.of("2012", "graduate", "3"), List.of("2 level")),
                Arguments.of("count: decimal", List.of("2015", "university", "93.5"), List.of("3 count")),
                Arguments.of("count: negative", List.of("2015", "university", "-93"), List.of("3 count")),
                Arguments.of("every bad cell of a line", List.of("", "graduate", "x"),
                        List.of("1 required", "2 level", "3 count")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levelLines")
    void aLineOfTheLevelsInput(String name, List<String> cells, List<String> expected) {
        LineCheck check = new LineCheck(CsvLine.data("levels.csv", 5, new CsvHeader(LevelLineRules.COLUMNS,
                Map.of("year", 1, "level", 2, "count", 3), 3), cells));
        StagedLevelCount row = new LevelLineRules(2025).apply(check);
        assertThat(check.problems()).extracting(p -> p.column() + " " + p.rule()).containsExactlyElementsOf(expected);
        assertThat(row == null).isEqualTo(!expected.isEmpty());
    }

    static Stream<Arguments> arrivalsLines() {
        return Stream.of(
                Arguments.of("a published year", List.of("2013", "369", "1145", "1,514"), List.of()),
                Arguments.of("a block of years", List.of("1999~2001", "565", "478", "1043"), List.of()),
                Arguments.of("a total row", List.of("합계", "", "", "33,882"), List.of()),
                Arguments.of("required: no period", List.of("", "369", "1145", "1514"), List.of("1 required")),
                Arguments.of("required: no total", List.of("2014", "305", "1092", ""), List.of("4 required")),
                Arguments.of("period: letter l", List.of("20l3", "369", "1145", "1514"), List.of("1 period")),
                Arguments.of("month: 13", List.of("2016-01~2016-13", "", "", "1468"), List.of("1 month")),
                Arguments.of("span: reversed block", List.of("2001~1999", "565", "478", "1043"), List.of("1 span")),
                Arguments.of("year: before 1945", List.of("1944", "", "", "10"), List.of("1 year")),
                Arguments.of("year: after the last year", List.of("2026", "", "", "10"), List.of("1 year")),
                Arguments.of("count: short group", List.of("2014", "", "", "1,39"), List.of("4 count")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrivalsLines")
    void aLineOfTheArrivalsInputOfAnEducationJob(String name, List<String> cells, List<String> expected) {
        LineCheck check = new LineCheck(CsvLine.data("arrivals.csv", 6, new CsvHeader(ArrivalColumns.ALL,
                Map.of("period", 1, "male", 2, "female", 3, "total", 4), 4), cells));
        StagedLevelCount row = new ArrivalTotalLineRules(2025).apply(check);
        assertThat(check.problems()).extracting(p -> p.column() + " " + p.rule()).containsExactlyElementsOf(expected);
        assertThat(row == null).isEqualTo(!expected.isEmpty());
    }

    @Test
    void theArrivalsInputGivesTheTotalsOfSingleYearsOnly() {
        ArrivalTotalLineRules rules = new ArrivalTotalLineRules(2025);
        assertThat(rules.apply(arrivalsCheck("2013", "1,514")))
                .isEqualTo(new StagedLevelCount(2013, null, 1514, 6));
        assertThat(rules.apply(arrivalsCheck("1999~2001", "1043")).arrivalYear()).isNull();
    }

    static Stream<Arguments> rowsTogether() {
        return Stream.of(
                Arguments.of("the illustrative table", rows(r -> r), List.of(), List.of()),
                Arguments.of("duplicate: 2014 university twice", rows(r -> {
                    r.add(new LevelCount(2014, Level.UNIVERSITY, 92, 50));
                    return r;
                }), List.of(), List.of("50 duplicate")),
                Arguments.of("levels-missing: 2014 kindergarten deleted",
                        rows(r -> r.stream().filter(c -> c.line() != 20).toList()), List.of(),
                        List.of("18 levels-missing")),
                Arguments.of("total-row: a year's total row one too many", rows(r -> r),
                        List.of(new TotalRow(2012, null, 1503, 40)), List.of("40 total-row")),
                Arguments.of("total-row: a level's total row over the years", rows(r -> r),
                        List.of(new TotalRow(null, Level.UNIVERSITY, 364, 40)), List.of("40 total-row")),
                Arguments.of("total-row: the total of everything", rows(r -> r),
                        List.of(new TotalRow(null, null, 5688, 40)), List.of()),
                Arguments.of("total-row: a second total row of a year", rows(r -> r),
                        List.of(new TotalRow(2012, null, 1502, 40), new TotalRow(2012, null, 1502, 41)),
                        List.of("41 total-row")),
                Arguments.of("no-data: no rows", List.of(), List.of(), List.of("0 no-data")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowsTogether")
    void rowsOfTheLevelsInputTakenTogether(String name, List<LevelCount> rows, List<TotalRow> totalRows,
            List<String> expected) {
        assertThat(EducationChecks.levels(rows, totalRows)).extracting(p -> p.line() + " " + p.rule())
                .containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> againstArrivals() {
        List<ArrivalsTotal> other2013 = new ArrayList<>(MOU_ARRIVALS);
        other2013.set(1, new ArrivalsTotal(2013, 1516, 14));
        return Stream.of(
                Arguments.of("the MOU arrivals", MOU_ARRIVALS, 0L, List.of()),
                Arguments.of("education-total: 2013 arrivals 1516, levels 1514", other2013, 0L,
                        List.of("10 education-total")),
                Arguments.of("education-total: no arrivals for 2015", MOU_ARRIVALS.subList(0, 3), 0L,
                        List.of("26 education-total")),
                Arguments.of("arrivals-tolerance: 2 persons allowed", other2013, 2L, List.of()),
                Arguments.of("arrivals-tolerance: 1 person is not enough", other2013, 1L,
                        List.of("10 education-total")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("againstArrivals")
    void eachYearAgainstItsArrivals(String name, List<ArrivalsTotal> arrivals, long tolerance,
            List<String> expected) {
        assertThat(EducationChecks.againstArrivals(ROWS, arrivals, tolerance)).extracting(p -> p.line() + " " + p.rule())
                .containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> shareTables() {
        UnaryOperator<LevelShare> overArrivals = s -> s.year() == 2012
                ? new LevelShare(2012, s.level(), s.count(), 1504, Percentages.share(s.count(), 1504)) : s;
        UnaryOperator<LevelShare> oneOtherTotal = s -> s.year() == 2013 && s.level() == Level.NONE
                ? new LevelShare(2013, Level.NONE, 39, 1515, Percentages.share(39, 1515)) : s;
        return Stream.of(
                Arguments.of("the shares of the illustrative table", shares(s -> s), List.of()),
                Arguments.of("a year without arrivals has no shares", List.of(
                        new LevelShare(2021, Level.NONE, 0, 0, null), new LevelShare(2021, Level.UNIVERSITY, 0, 0, null)),
                        List.of()),
                Arguments.of("shares: 2012 taken of its arrivals 1504 rather than of its levels 1502",
                        shares(overArrivals), List.of("2012 shares")),
                Arguments.of("shares: one row of 2013 taken of another total", shares(oneOtherTotal),
                        List.of("2013 shares")),
                Arguments.of("shares: a share that is not its count over the total", shares(s -> s.year() == 2014
                        && s.level() == Level.UNIVERSITY ? withShare(s, new BigDecimal("6.7")) : s),
                        List.of("2014 shares")),
                Arguments.of("shares: a share left out", shares(s -> s.year() == 2015 && s.level() == Level.UNKNOWN
                        ? withShare(s, null) : s), List.of("2015 shares")),
                Arguments.of("shares: a share of a year without arrivals", List.of(
                        new LevelShare(2021, Level.NONE, 0, 0, new BigDecimal("0.0")),
                        new LevelShare(2021, Level.UNIVERSITY, 0, 0, null)), List.of("2021 shares")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shareTables")
    void theSharesOfEachYearAddUpTo100Percent(String name, List<LevelShare> shares, List<String> expected) {
        assertThat(EducationChecks.shares(shares)).extracting(p -> p.value() + " " + p.rule())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theSharesRuleSaysWhyTheSharesMissTheirHundredPercent() {
        List<LevelShare> shares = shares(s -> s.year() == 2012
                ? new LevelShare(2012, s.level(), s.count(), 1504, Percentages.share(s.count(), 1504)) : s);
        assertThat(EducationChecks.shares(shares)).extracting(RowProblem::message).containsExactly("the shares of "
                + "2012 are taken of 1504, but its levels add up to 1502, so they add up to 1502/1504 rather than 100%");
    }

    private static LineCheck arrivalsCheck(String period, String total) {
        return new LineCheck(CsvLine.data("arrivals.csv", 6, new CsvHeader(ArrivalColumns.ALL,
                Map.of("period", 1, "total", 2), 2), List.of(period, total)));
    }

    private static List<LevelCount> rows(UnaryOperator<List<LevelCount>> change) {
        return change.apply(new ArrayList<>(ROWS));
    }

    private static List<LevelShare> shares(UnaryOperator<LevelShare> change) {
        return EducationStatistics.levelShares(ROWS).stream().map(change).toList();
    }

    private static LevelShare withShare(LevelShare s, BigDecimal share) {
        return new LevelShare(s.year(), s.level(), s.count(), s.yearTotal(), share);
    }

    private static List<LevelCount> load() {
        try (Reader in = new InputStreamReader(EducationRulesTest.class.getResourceAsStream(
                "illustrative-education-by-year.csv"), UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return csv.stream().map(r -> new LevelCount(Integer.parseInt(r.get("year")),
                    Level.ofLabel(r.get("level")).orElseThrow(), Long.parseLong(r.get("count")),
                    r.getRecordNumber() + 1)).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
