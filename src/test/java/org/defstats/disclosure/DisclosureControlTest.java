package org.defstats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.defstats.disclosure.Tables.key;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private static final SuppressionRules RULES = SuppressionRules.DEFAULT;

    /**
     * <pre>
     *         M   F | _T
     * 2016    1   5 |  6
     * 2017    4   8 | 12
     * _T      5  13 | 18
     * </pre>
     * The 1 must reach 4 and 0. Through the inner cycle that costs (5+1 + 4+1 + 8+1) per person moved; through
     * the year totals (6+1 + 4+1 + 12+1), more; so the inner cycle is suppressed and every margin is published.
     */
    @Test
    void aOneInATwoByTwoTableIsHiddenByTheCheapestCycleOfInnerCells() {
        CountTable table = Tables.twoWay("year-sex", "arrival_year", "sex", List.of("2016", "2017"),
                List.of("M", "F"), new long[][] {{1, 5}, {4, 8}});

        Protection protection = DisclosureControl.protect(List.of(table), RULES);

        ProtectedTable result = protection.tables().get(0);
        assertThat(result.status()).hasSize(9)
                .containsEntry(key("2016", "M"), CellStatus.PRIMARY)
                .containsEntry(key("2016", "F"), CellStatus.SECONDARY)
                .containsEntry(key("2017", "M"), CellStatus.SECONDARY)
                .containsEntry(key("2017", "F"), CellStatus.SECONDARY);
        assertThat(Tables.suppressed(result)).hasSize(4);
        assertThat(result.published()).containsOnlyKeys(key("2016", "_T"), key("2017", "_T"), key("_T", "M"),
                key("_T", "F"), key("_T", "_T"));
        assertThat(result.count(key("2016", "_T"))).hasValue(6);
        assertThat(result.count(key("2016", "M"))).isEmpty();
        // the 1 ranges over [0, 5] (the 4 below it can fall to 0): width 5 against the 3 a range from 0 needs
        assertThat(protection.audit()).isEqualTo(new AuditSummary(
                "threshold=3 protection=3 zeros=safe secondary=incremental-lp audit=lp-ojalgo", 9, 1, 3,
                new BigDecimal("1.66")));
    }

    /**
     * <pre>
     *        A   B   C
     * 2016   1   5  20
     * 2017   4  30   9
     * </pre>
     * Pairing the 1 with the smallest neighbour in its row (5) forces the 30 below it; the cycle through column C
     * costs 20+4+9 against 5+4+30, so it is the one chosen.
     */
    @Test
    void theComplementIsTheCheapestInTotalNotTheSmallestNeighbour() {
        CountTable table = Tables.twoWay("year-level", "arrival_year", "level", List.of("2016", "2017"),
                List.of("A", "B", "C"), new long[][] {{1, 5, 20}, {4, 30, 9}});

        ProtectedTable result = DisclosureControl.protect(List.of(table), RULES).tables().get(0);

        assertThat(Tables.suppressed(result)).containsExactly("[2016, A]", "[2016, C]", "[2017, A]", "[2017, C]");
    }

    /**
     * A published 0 cannot fall: the 1 cannot rise by trading with the 0 beside it, however cheap that cell is,
     * so the cycle goes through the 9.
     */
    @Test
    void aPublishedZeroIsNeverUsedToLetACellRise() {
        CountTable table = Tables.twoWay("year-level", "arrival_year", "level", List.of("2016", "2017"),
                List.of("A", "B", "C"), new long[][] {{1, 0, 9}, {5, 8, 7}});

        ProtectedTable result = DisclosureControl.protect(List.of(table), RULES).tables().get(0);

        assertThat(Tables.suppressed(result)).containsExactly("[2016, A]", "[2016, C]", "[2017, A]", "[2017, C]");
        assertThat(result.status()).containsEntry(key("2016", "B"), CellStatus.PUBLISHED);
    }

    @Test
    void zerosAreSuppressedOnlyWhenTheRulesSayTheyAreUnsafe() {
        CountTable table = Tables.twoWay("year-sex", "arrival_year", "sex", List.of("2016", "2017"),
                List.of("M", "F"), new long[][] {{0, 7}, {6, 9}});

        Protection safe = DisclosureControl.protect(List.of(table), RULES);
        Protection unsafe = DisclosureControl.protect(List.of(table), new SuppressionRules(3, 3, true));

        assertThat(Tables.suppressed(safe.tables().get(0))).isEmpty();
        assertThat(safe.tables().get(0).count(key("2016", "M"))).hasValue(0);
        assertThat(safe.audit()).isEqualTo(new AuditSummary(
                "threshold=3 protection=3 zeros=safe secondary=incremental-lp audit=lp-ojalgo", 9, 0, 0,
                new BigDecimal("0.00")));
        assertThat(unsafe.tables().get(0).status()).containsEntry(key("2016", "M"), CellStatus.PRIMARY);
        assertThat(Tables.suppressed(unsafe.tables().get(0)))
                .containsExactly("[2016, F]", "[2016, M]", "[2017, F]", "[2017, M]");
        // the 0 ranges over [0, 6] (the 6 below it can fall to 0): 6 against the 3 it needs
        assertThat(unsafe.audit()).isEqualTo(new AuditSummary(
                "threshold=3 protection=3 zeros=unsafe secondary=incremental-lp audit=lp-ojalgo", 9, 1, 3,
                new BigDecimal("2.00")));
    }

    /** M = 1 and F = 2 add up to a grand total of 3; only suppressing that total would hide them, so it fails. */
    @Test
    void theGrandTotalIsNeverSuppressedSoACellItPinsFailsClosed() {
        CountTable table = Tables.summed("sex", List.of("sex"), Map.of(key("M"), 1L, key("F"), 2L));

        assertThatThrownBy(() -> DisclosureControl.protect(List.of(table), RULES))
                .isInstanceOf(UnprotectedTablesException.class)
                .hasMessageContaining("table 'sex', cell [")
                .hasMessageContaining("cannot be protected")
                .hasMessageNotContainingAny("1", "2", "3");
    }

    @Test
    void anUnsafeGrandTotalFailsClosed() {
        CountTable table = Tables.summed("sex", List.of("sex"), Map.of(key("M"), 1L, key("F"), 1L));

        assertThatThrownBy(() -> DisclosureControl.protect(List.of(table), RULES))
                .isInstanceOf(UnprotectedTablesException.class)
                .hasMessageStartingWith("table 'sex', cell [_T] is a grand total")
                .hasMessageNotContaining("2");
    }

    /**
     * A cube of 2 x 2 x 2 with every margin: the 1 can only move with all eight inner cells (a cycle in one layer
     * would change the totals over layers, which are bigger than the other layer's cells). It moves up by at most
     * the smallest of its three neighbours (4) and down by 1.
     */
    @Test
    void aThreeDimensionalTableIsProtectedByTheCheapestCube() {
        Map<List<String>, Long> inner = new HashMap<>();
        inner.put(key("2016", "M", "low"), 1L);
        inner.put(key("2016", "M", "high"), 6L);
        inner.put(key("2016", "F", "low"), 5L);
        inner.put(key("2016", "F", "high"), 7L);
        inner.put(key("2017", "M", "low"), 4L);
        inner.put(key("2017", "M", "high"), 9L);
        inner.put(key("2017", "F", "low"), 8L);
        inner.put(key("2017", "F", "high"), 10L);
        CountTable cube = Tables.summed("cube", List.of("arrival_year", "sex", "education"), inner);

        Protection protection = DisclosureControl.protect(List.of(cube), RULES);

        ProtectedTable result = protection.tables().get(0);
        assertThat(result.status()).hasSize(27);
        assertThat(Tables.suppressed(result)).containsExactlyInAnyOrderElementsOf(
                inner.keySet().stream().map(List::toString).toList());
        assertThat(result.status()).containsEntry(key("2016", "M", "low"), CellStatus.PRIMARY);
        assertThat(protection.audit()).isEqualTo(new AuditSummary(
                "threshold=3 protection=3 zeros=safe secondary=incremental-lp audit=lp-ojalgo", 27, 1, 7,
                new BigDecimal("1.66")));
        assertThat(Audit.ranges(List.of(cube), List.of(result.status()), RULES))
                .filteredOn(CellRange::unsafe)
                .extracting(CellRange::lower, CellRange::upper).containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 5L));
    }

    @Test
    void theSameTablesGiveTheSamePatternEveryTime() {
        CountTable table = Tables.twoWay("year-level", "arrival_year", "level", List.of("2016", "2017", "2018"),
                List.of("A", "B", "C"), new long[][] {{1, 5, 5}, {5, 1, 5}, {5, 5, 2}});

        Protection first = DisclosureControl.protect(List.of(table), RULES);

        for (int i = 0; i < 3; i++) {
            assertThat(DisclosureControl.protect(List.of(table), RULES)).isEqualTo(first);
        }
        assertThat(first.audit().primary()).isEqualTo(3);
    }
}
