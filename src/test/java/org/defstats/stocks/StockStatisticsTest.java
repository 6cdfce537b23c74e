package org.defstats.stocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The stock figures of the shipped MOU tables, against the figures published from them. */
class StockStatisticsTest {

    private static final YearMonth SEPTEMBER_2020 = YearMonth.of(2020, 9);
    private static final YearMonth DECEMBER_2022 = YearMonth.of(2022, 12);

    private static final List<CategoryShare> EDUCATION =
            StockStatistics.shares(Breakdown.EDUCATION, StockFiles.EDUCATION);
    private static final List<CategoryShare> OCCUPATION =
            StockStatistics.shares(Breakdown.OCCUPATION, StockFiles.OCCUPATION);
    private static final List<CategoryShare> AGE = StockStatistics.shares(Breakdown.AGE, StockFiles.AGE);

    @Test
    void september2020Counts33648Of9396MenAnd24252Women() {
        for (List<CategoryShare> shares : List.of(OCCUPATION, AGE)) {
            assertThat(shares).filteredOn(s -> s.asOf().equals(SEPTEMBER_2020)).extracting(CategoryShare::sex,
                    CategoryShare::snapshotTotal).containsOnly(tuple(Sex.MALE, 9_396L), tuple(Sex.FEMALE, 24_252L),
                            tuple(Sex.ALL, 33_648L));
        }
        assertThat(EDUCATION).extracting(CategoryShare::asOf, CategoryShare::sex, CategoryShare::snapshotTotal)
                .containsOnly(tuple(SEPTEMBER_2020, Sex.MALE, 9_396L), tuple(DECEMBER_2022, Sex.ALL, 33_836L));
    }

    @Test
    void universityOrHigherAndSecondaryEducation() {
        assertThat(share(EDUCATION, SEPTEMBER_2020, Sex.MALE, "university")).isEqualTo(dec("11.7")); // 1,099/9,396
        assertThat(share(EDUCATION, DECEMBER_2022, Sex.ALL, "university")).isEqualTo(dec("6.9")); // 2,343/33,836
        assertThat(share(EDUCATION, DECEMBER_2022, Sex.ALL, "secondary")).isEqualTo(dec("69.4")); // 23,471/33,836
        // categories in Level order, not in the order of the file
        assertThat(EDUCATION.subList(0, 8)).extracting(CategoryShare::category).containsExactly("none", "preschool",
                "kindergarten", "primary", "secondary", "junior_college", "university", "unknown");
    }

    @Test
    void laborersAndTheirWomen() {
        assertThat(share(OCCUPATION, SEPTEMBER_2020, Sex.ALL, "laborer")).isEqualTo(dec("39.7")); // 13,347/33,648
        List<FemaleShare> female = StockStatistics.femaleShares(Breakdown.OCCUPATION, StockFiles.OCCUPATION);
        assertThat(female).hasSize(9).allMatch(f -> f.asOf().equals(SEPTEMBER_2020));
        assertThat(female).filteredOn(f -> "laborer".equals(f.category())).singleElement()
                .isEqualTo(new FemaleShare(Breakdown.OCCUPATION, SEPTEMBER_2020, "laborer", 9_205, 4_142, dec("69.0")));
        assertThat(female.get(8)).isEqualTo(
                new FemaleShare(Breakdown.OCCUPATION, SEPTEMBER_2020, null, 24_252, 9_396, dec("72.1")));
        // education gives men only in 2020-09 and everyone in 2022-12: no female share anywhere
        assertThat(StockStatistics.femaleShares(Breakdown.EDUCATION, StockFiles.EDUCATION)).isEmpty();
    }

    @Test
    void ages20To39AreMoreThanHalf() {
        GroupShare twenties = StockStatistics.groupShare(AGE, SEPTEMBER_2020, Sex.ALL, List.of("20-29", "30-39"));
        assertThat(twenties.count()).isEqualTo(19_232);
        assertThat(twenties.sharePct()).isEqualTo(dec("57.2")); // 57.16, where 28.4 + 28.7 of rounded shares is 57.1
        assertThat(share(AGE, SEPTEMBER_2020, Sex.ALL, "20-29").add(share(AGE, SEPTEMBER_2020, Sex.ALL, "30-39")))
                .isEqualTo(dec("57.1"));
        assertThatIllegalArgumentException().isThrownBy(() -> StockStatistics.groupShare(AGE, SEPTEMBER_2020,
                Sex.ALL, List.of("20-29", "70+"))).withMessage("2020-09 all has no 70+");
        assertThatIllegalArgumentException().isThrownBy(() -> StockStatistics.groupShare(AGE, DECEMBER_2022,
                Sex.MALE, List.of("20-29"))).withMessage("there is no snapshot of 2022-12 male");
    }

    @Test
    void flowsFrom2020To2022() {
        List<Flow> age = StockStatistics.flows(Breakdown.AGE, StockFiles.AGE);
        // only everyone is given at both snapshots
        assertThat(age).hasSize(8).allMatch(f -> f.sex() == Sex.ALL && f.from().equals(SEPTEMBER_2020)
                && f.to().equals(DECEMBER_2022));
        assertThat(age.get(7)).isEqualTo(new Flow(Breakdown.AGE, Sex.ALL, SEPTEMBER_2020, DECEMBER_2022, null, 33_648,
                33_836));
        assertThat(age.get(7).change()).isEqualTo(188);
        assertThat(age).filteredOn(f -> "20-29".equals(f.category())).extracting(Flow::change).containsExactly(34L);
        assertThat(age).extracting(Flow::change).containsExactly(0L, 11L, 34L, 54L, 54L, 23L, 12L, 188L);

        List<Flow> occupation = StockStatistics.flows(Breakdown.OCCUPATION, StockFiles.OCCUPATION);
        assertThat(occupation).extracting(Flow::category, Flow::change).contains(tuple("laborer", 52L),
                tuple("management", -1L), tuple(null, 188L));
        assertThat(StockStatistics.flows(Breakdown.EDUCATION, StockFiles.EDUCATION)).isEmpty();
    }

    @Test
    void aFallIsAWarningOnTheLaterRow() {
        assertThat(StockStatistics.warnings(Breakdown.OCCUPATION, StockFiles.OCCUPATION)).containsExactly(
                new FlowWarning(Breakdown.OCCUPATION, 29, "count", "550", "occupation management fell from 551 at "
                        + "2020-09 to 550 at 2022-12; a cumulative count cannot fall, so the MOU must have revised its "
                        + "classification"));
        assertThat(StockStatistics.warnings(Breakdown.OCCUPATION, StockFiles.OCCUPATION).get(0).asRowProblem().rule())
                .isEqualTo("fell");
        assertThat(StockStatistics.warnings(Breakdown.AGE, StockFiles.AGE)).isEmpty();
    }

    @Test
    void arrivedButNotInTheBreakdown() {
        List<CumulativeArrivals> arrivals = CumulativeArrivals.byYearEnd(StockFiles.ARRIVALS);
        assertThat(StockStatistics.coverage(Breakdown.OCCUPATION, StockFiles.OCCUPATION, arrivals)).containsExactly(
                // September: the yearly arrivals do not say how many had arrived by then
                new Coverage(SEPTEMBER_2020, Breakdown.OCCUPATION, 33_648, null, null),
                new Coverage(DECEMBER_2022, Breakdown.OCCUPATION, 33_836, 33_882L, 46L));
        // the education table has no "all" snapshot in 2020-09
        assertThat(StockStatistics.coverage(Breakdown.EDUCATION, StockFiles.EDUCATION, arrivals)).containsExactly(
                new Coverage(DECEMBER_2022, Breakdown.EDUCATION, 33_836, 33_882L, 46L));
        assertThat(StockStatistics.coverage(Breakdown.AGE, StockFiles.AGE, List.of())).extracting(
                Coverage::cumulativeArrivals).containsOnlyNulls();
    }

    @Test
    void theOrderOfTheInputDoesNotMatter() {
        List<StockRow> shuffled = new ArrayList<>(StockFiles.OCCUPATION);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(StockStatistics.shares(Breakdown.OCCUPATION, shuffled)).isEqualTo(OCCUPATION);
        assertThat(StockStatistics.flows(Breakdown.OCCUPATION, shuffled))
                .isEqualTo(StockStatistics.flows(Breakdown.OCCUPATION, StockFiles.OCCUPATION));
        assertThat(OCCUPATION).extracting(CategoryShare::sex).startsWith(Sex.MALE).endsWith(Sex.ALL);
    }

    @Test
    void aDuplicateOrMissingCategoryIsRefusedAndAnEmptySnapshotHasNoShares() {
        List<StockRow> twice = new ArrayList<>(StockFiles.AGE);
        twice.add(new StockRow(SEPTEMBER_2020, Sex.MALE, "0-9", 651, 40));
        assertThatIllegalArgumentException().isThrownBy(() -> StockStatistics.shares(Breakdown.AGE, twice))
                .withMessage("2020-09 male has 0-9 twice");
        List<StockRow> without = StockFiles.AGE.stream().filter(r -> r.line() != 30).toList();
        assertThatIllegalArgumentException().isThrownBy(() -> StockStatistics.flows(Breakdown.AGE, without))
                .withMessage("2022-12 all lacks a category that other snapshots or sexes have");
        List<CategoryShare> none = StockStatistics.shares(Breakdown.AGE, List.of(
                new StockRow(SEPTEMBER_2020, Sex.ALL, "0-9", 0, 2), new StockRow(SEPTEMBER_2020, Sex.ALL, null, 0, 3)));
        assertThat(none).singleElement().extracting(CategoryShare::sharePct).isNull();
    }

    private static BigDecimal share(List<CategoryShare> shares, YearMonth asOf, Sex sex, String category) {
        return shares.stream().filter(s -> s.asOf().equals(asOf) && s.sex() == sex && s.category().equals(category))
                .findFirst().orElseThrow().sharePct();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
