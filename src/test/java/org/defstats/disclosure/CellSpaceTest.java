package org.defstats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.defstats.disclosure.Tables.key;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CellSpaceTest {

    private static final CountTable YEAR_SEX = Tables.twoWay("year-sex", "arrival_year", "sex",
            List.of("2016", "2017"), List.of("M", "F"), new long[][] {{1, 5}, {4, 8}});

    @Test
    void theSameCellInTwoTablesIsOneCellWithItsLines() {
        CountTable byYear = Tables.summed("year", List.of("arrival_year"), Map.of(key("2016"), 6L, key("2017"), 12L));

        CellSpace space = CellSpace.of(List.of(YEAR_SEX, byYear));

        assertThat(space.size()).isEqualTo(9);
        assertThat(space.id(1, key("2016"))).isEqualTo(space.id(0, key("2016", "_T")));
        assertThat(space.id(1, key("_T"))).isEqualTo(space.id(0, key("_T", "_T")));
        assertThat(space.isGrandTotal(space.id(1, key("_T")))).isTrue();
        // rows 2016, 2017, _T and columns M, F, _T of the first table; the second's line is the first's column _T
        assertThat(space.lines()).hasSize(6);
    }

    @Test
    void aTableInAnotherOrderOfDimensionsGetsTheTransposedPattern() {
        CountTable sexYear = Tables.twoWay("sex-year", "sex", "arrival_year", List.of("M", "F"),
                List.of("2016", "2017"), new long[][] {{1, 4}, {5, 8}});

        Protection protection = DisclosureControl.protect(List.of(YEAR_SEX, sexYear), SuppressionRules.DEFAULT);

        protection.tables().get(0).status().forEach((key, status) -> assertThat(
                protection.tables().get(1).status().get(List.of(key.get(1), key.get(0)))).isEqualTo(status));
        assertThat(protection.audit().primary()).isEqualTo(2);
    }

    @Test
    void aTableWithoutAllItsMarginsIsRefused() {
        Map<List<String>, Long> counts = new HashMap<>(YEAR_SEX.counts());
        counts.remove(key("2016", "_T"));

        assertThatThrownBy(() -> CellSpace.of(List.of(new CountTable("year-sex", YEAR_SEX.dimensions(), counts))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("table 'year-sex' lacks cells");
    }

    @Test
    void aMarginThatIsNotTheSumOfItsCategoriesIsRefusedWithoutItsCount() {
        Map<List<String>, Long> counts = new HashMap<>(YEAR_SEX.counts());
        counts.put(key("2016", "_T"), 99L);

        assertThatThrownBy(() -> CellSpace.of(List.of(new CountTable("year-sex", YEAR_SEX.dimensions(), counts))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not the sum of its categories of")
                .hasMessageNotContaining("99");
    }

    @Test
    void tablesThatDisagreeOnAsharedCellAreRefused() {
        CountTable byYear = Tables.summed("year", List.of("arrival_year"), Map.of(key("2016"), 5L, key("2017"), 13L));

        assertThatThrownBy(() -> CellSpace.of(List.of(YEAR_SEX, byYear)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table 'year', cell [2016] differs from the same cell in table 'year-sex'");
    }

    @Test
    void aNegativeCountIsRefused() {
        Map<List<String>, Long> counts = new HashMap<>(YEAR_SEX.counts());
        counts.put(key("2016", "M"), -1L);

        assertThatThrownBy(() -> CellSpace.of(List.of(new CountTable("year-sex", YEAR_SEX.dimensions(), counts))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }
}
