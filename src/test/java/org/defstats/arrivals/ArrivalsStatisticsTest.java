package org.defstats.arrivals;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.defstats.stats.Period;
import org.junit.jupiter.api.Test;

/** Checks the arrivals figures against the published MOU numbers (copies of /work/shared/data). */
class ArrivalsStatisticsTest {

    private static final List<ArrivalRow> BY_YEAR = load("mou-arrivals-by-year.csv");
    private static final List<ArrivalRow> PARTIAL = load("mou-arrivals-partial-periods.csv");

    // --- yearly -------------------------------------------------------------------------------------------

    @Test
    void yearOf2016() {
        YearlyFigure y2016 = figure(ArrivalsStatistics.yearly(BY_YEAR), "2016");
        assertThat(y2016.total()).isEqualTo(1_418);
        assertThat(y2016.male()).isEqualTo(302);
        assertThat(y2016.female()).isEqualTo(1_116);
        assertThat(y2016.femaleSharePct()).isEqualByComparingTo("78.7");
        assertThat(y2016.changePersons()).isEqualTo(143); // 1,418 - 1,275
        assertThat(y2016.changePct()).isEqualByComparingTo("11.2"); // 11.216
    }

    @Test
    void covidDropOf2020() {
        YearlyFigure y2020 = figure(ArrivalsStatistics.yearly(BY_YEAR), "2020");
        assertThat(y2020.total()).isEqualTo(229);
        assertThat(y2020.changePersons()).isEqualTo(-818);
        assertThat(y2020.changePct()).isEqualByComparingTo("-78.1");
    }

    @Test
    void cumulativeTotals() {
        List<YearlyFigure> yearly = ArrivalsStatistics.yearly(BY_YEAR);
        assertThat(figure(yearly, "~1998").cumulativeTotal()).isEqualTo(947);
        assertThat(figure(yearly, "1999~2001").cumulativeTotal()).isEqualTo(1_990);
        assertThat(figure(yearly, "2015").cumulativeTotal()).isEqualTo(28_794);
        assertThat(figure(yearly, "2016").cumulativeTotal()).isEqualTo(30_212);
        assertThat(figure(yearly, "2022").cumulativeTotal()).isEqualTo(33_882);
        assertThat(yearly.get(yearly.size() - 1).cumulativeTotal()).isEqualTo(34_538); // end of 2025
    }

    @Test
    void blocksAndTheYearAfterThemHaveNoChange() {
        List<YearlyFigure> yearly = ArrivalsStatistics.yearly(BY_YEAR);
        for (String label : List.of("~1998", "1999~2001", "2002")) {
            assertThat(figure(yearly, label).changePersons()).as(label).isNull();
            assertThat(figure(yearly, label).changePct()).as(label).isNull();
        }
        YearlyFigure y2003 = figure(yearly, "2003");
        assertThat(y2003.changePersons()).isEqualTo(143); // 1,285 - 1,142
        assertThat(y2003.changePct()).isEqualByComparingTo("12.5");
        assertThat(figure(yearly, "1999~2001").femaleSharePct()).isEqualByComparingTo("45.8"); // 478 / 1,043
    }

    @Test
    void sortsRowsByPeriod() {
        List<ArrivalRow> shuffled = new ArrayList<>(BY_YEAR);
        Collections.reverse(shuffled);
        List<YearlyFigure> yearly = ArrivalsStatistics.yearly(shuffled);
        assertThat(yearly).isEqualTo(ArrivalsStatistics.yearly(BY_YEAR));
        assertThat(yearly).extracting(f -> f.period().label()).startsWith("~1998", "1999~2001", "2002", "2003")
                .endsWith("2024", "2025").hasSize(26);
        assertThatThrownBy(() -> yearly.add(yearly.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unpublishedFemaleCountHasNoShare() {
        List<YearlyFigure> yearly = ArrivalsStatistics.yearly(
                List.of(row("2001", null, null, 10), row("2002", 3L, null, 9)));
        assertThat(yearly).extracting(YearlyFigure::femaleSharePct).containsOnlyNulls();
        assertThat(yearly.get(1).changePersons()).isEqualTo(-1);
        assertThat(yearly.get(1).changePct()).isEqualByComparingTo("-10.0");
    }

    @Test
    void changeFromAYearWithoutArrivalsIsNotAPercentage() {
        List<YearlyFigure> yearly = ArrivalsStatistics.yearly(List.of(row("2020", 0L, 0L, 0), row("2021", 2L, 3L, 5)));
        assertThat(yearly.get(0).femaleSharePct()).isNull();
        assertThat(yearly.get(1).changePersons()).isEqualTo(5);
        assertThat(yearly.get(1).changePct()).isNull();
        assertThat(yearly.get(1).cumulativeTotal()).isEqualTo(5);
    }

    @Test
    void overlapIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ArrivalsStatistics.yearly(
                        List.of(row("1999~2001", 1), row("2000", 1), row("2002", 1))))
                .withMessage("2000 overlaps 1999~2001");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ArrivalsStatistics.yearly(List.of(row("2016", 1), row("2016", 2))))
                .withMessageContaining("2016");
    }

    @Test
    void gapIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ArrivalsStatistics.yearly(List.of(row("2003", 1), row("2005", 1))))
                .withMessage("no figures for 2004 between 2003 and 2005");
        List<ArrivalRow> without2010and2011 = BY_YEAR.stream()
                .filter(r -> !r.period().label().equals("2010") && !r.period().label().equals("2011")).toList();
        assertThatIllegalArgumentException().isThrownBy(() -> ArrivalsStatistics.yearly(without2010and2011))
                .withMessage("no figures for 2010~2011 between 2009 and 2012");
    }

    @Test
    void spansOfMonthsAndLateUpToYearAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ArrivalsStatistics.yearly(List.of(row("2015", 1), row("2016-01~2016-09", 1))))
                .withMessage("2016-01~2016-09 is not a whole year");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ArrivalsStatistics.yearly(List.of(row("~1998", 1), row("~2000", 1))))
                .withMessageContaining("~2000").withMessageContaining("~1998");
    }

    // --- partial periods ----------------------------------------------------------------------------------

    @Test
    void januaryToApril2016ComparedWith2015() {
        PartialPeriodFigure jan2Apr = partial(ArrivalsStatistics.partialPeriods(PARTIAL), "2016-01~2016-04");
        assertThat(jan2Apr.total()).isEqualTo(493);
        assertThat(jan2Apr.male()).isNull();
        assertThat(jan2Apr.previousPeriod()).isEqualTo(Period.parse("2015-01~2015-04"));
        assertThat(jan2Apr.previousTotal()).isEqualTo(424);
        assertThat(jan2Apr.changePct()).isEqualByComparingTo("16.3");
    }

    @Test
    void spansWithoutTheSameSpanAYearEarlier() {
        List<PartialPeriodFigure> partial = ArrivalsStatistics.partialPeriods(PARTIAL);
        PartialPeriodFigure jan2Sep = partial(partial, "2016-01~2016-09");
        assertThat(jan2Sep.total()).isEqualTo(1_036);
        assertThat(jan2Sep.previousPeriod()).isNull();
        assertThat(jan2Sep.previousTotal()).isNull();
        assertThat(jan2Sep.changePct()).isNull();
        // 2015-01~2015-04 and 2015-01~2015-08 are in the file, but a span of another length does not count
        assertThat(partial(partial, "2016-01~2016-06").previousPeriod()).isNull();
        assertThat(partial(partial, "2016-01~2016-08").changePct()).isEqualByComparingTo("15.1"); // 894 on 777
        PartialPeriodFigure jan2Nov = partial(partial, "2016-01~2016-11");
        assertThat(jan2Nov.previousTotal()).isEqualTo(1_088);
        assertThat(jan2Nov.changePct()).isEqualByComparingTo("16.5"); // 180 / 1,088 = 16.54
        assertThat(partial(partial, "2017-01~2017-09").changePct()).isEqualByComparingTo("-15.0"); // -14.96
    }

    @Test
    void partialPeriodsAreSorted() {
        List<ArrivalRow> shuffled = new ArrayList<>(PARTIAL);
        Collections.reverse(shuffled);
        List<PartialPeriodFigure> partial = ArrivalsStatistics.partialPeriods(shuffled);
        assertThat(partial).hasSize(PARTIAL.size()).isEqualTo(ArrivalsStatistics.partialPeriods(PARTIAL));
        assertThat(partial).extracting(f -> f.period().label())
                .startsWith("2012-01~2012-03", "2012-01~2012-09", "2013-01~2013-03").endsWith("2024-07~2024-09");
    }

    @Test
    void quartersComparedWithTheQuarterAYearEarlier() {
        List<ArrivalRow> quarters = List.of(row("2021-01~2021-03", 31), row("2020-01~2020-03", 0),
                row("2022-01~2022-03", 31));
        List<PartialPeriodFigure> partial = ArrivalsStatistics.partialPeriods(quarters);
        assertThat(partial.get(1).previousTotal()).isZero();
        assertThat(partial.get(1).changePct()).isNull();
        assertThat(partial.get(2).changePct()).isEqualByComparingTo("0.0");
    }

    @Test
    void partialPeriodsRejectYearsAndDuplicates() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ArrivalsStatistics.partialPeriods(List.of(row("2016", 1))))
                .withMessageContaining("2016");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ArrivalsStatistics.partialPeriods(
                        List.of(row("2016-01~2016-04", 493), row("2016-01~2016-04", 490))))
                .withMessageContaining("2016-01~2016-04");
    }

    // --- milestones ---------------------------------------------------------------------------------------

    @Test
    void publishedMilestones() {
        List<Milestone> milestones = ArrivalsStatistics.milestones(ArrivalsStatistics.yearly(BY_YEAR), PARTIAL,
                List.of(10_000L, 20_000L, 30_000L));
        assertThat(milestones).containsExactly(
                new Milestone(10_000, Period.year(2007), null, null, 12_281L),
                new Milestone(20_000, Period.year(2010), null, null, 20_400L),
                // 28,794 at the end of 2015 + 1,268 in January to November 2016; 28,794 + 1,155 by October
                new Milestone(30_000, Period.year(2016), 11, 30_062L, 30_212L));
    }

    @Test
    void monthIsNotGuessedWhenTheMonthBeforeIsMissing() {
        List<ArrivalRow> withoutOctober = PARTIAL.stream()
                .filter(r -> !r.period().equals(Period.parse("2016-01~2016-10"))).toList();
        List<Milestone> milestones = ArrivalsStatistics.milestones(ArrivalsStatistics.yearly(BY_YEAR),
                withoutOctober, List.of(30_000L));
        assertThat(milestones).containsExactly(new Milestone(30_000, Period.year(2016), null, null, 30_212L));
    }

    @Test
    void monthIsNotGuessedWhenNoSpanReachesTheThreshold() {
        // 30,212 is reached exactly at the end of 2016, after the last span (November, 30,062)
        List<Milestone> milestones = ArrivalsStatistics.milestones(ArrivalsStatistics.yearly(BY_YEAR), PARTIAL,
                List.of(30_212L, 30_213L));
        assertThat(milestones).containsExactly(
                new Milestone(30_212, Period.year(2016), null, null, 30_212L),
                new Milestone(30_213, Period.year(2017), null, null, 31_339L));
    }

    @Test
    void januaryNeedsNoMonthBefore() {
        List<YearlyFigure> yearly = ArrivalsStatistics.yearly(List.of(row("2019", 100), row("2020", 50)));
        List<Milestone> milestones = ArrivalsStatistics.milestones(yearly,
                List.of(row("2020-01", 10), row("2020-01~2020-02", 20)), List.of(105L, 115L, 101L));
        assertThat(milestones).containsExactly(
                new Milestone(105, Period.year(2020), 1, 110L, 150L),
                new Milestone(115, Period.year(2020), 2, 120L, 150L),
                new Milestone(101, Period.year(2020), 1, 110L, 150L));
    }

    @Test
    void blocksAndUnreachedThresholds() {
        List<Milestone> milestones = ArrivalsStatistics.milestones(ArrivalsStatistics.yearly(BY_YEAR), PARTIAL,
                List.of(40_000L, 947L, 948L));
        assertThat(milestones).containsExactly(
                new Milestone(40_000, null, null, null, null),
                new Milestone(947, Period.parse("~1998"), null, null, 947L),
                new Milestone(948, Period.parse("1999~2001"), null, null, 1_990L));
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static YearlyFigure figure(List<YearlyFigure> yearly, String label) {
        return yearly.stream().filter(f -> f.period().equals(Period.parse(label))).findFirst().orElseThrow();
    }

    private static PartialPeriodFigure partial(List<PartialPeriodFigure> figures, String label) {
        return figures.stream().filter(f -> f.period().equals(Period.parse(label))).findFirst().orElseThrow();
    }

    private static ArrivalRow row(String period, long total) {
        return row(period, null, null, total);
    }

    private static ArrivalRow row(String period, Long male, Long female, long total) {
        return new ArrivalRow(Period.parse(period), male, female, total);
    }

    private static List<ArrivalRow> load(String resource) {
        try (Reader in = new InputStreamReader(ArrivalsStatisticsTest.class.getResourceAsStream(resource), UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return csv.stream().map(r -> row(r.get("period"), count(r.get("male")), count(r.get("female")),
                    Long.parseLong(r.get("total")))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Long count(String cell) {
        return cell.isBlank() ? null : Long.valueOf(cell);
    }
}
