package org.defstats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.defstats.disclosure.Tables.key;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditTest {

    private static final SuppressionRules RULES = SuppressionRules.DEFAULT;

    /**
     * <pre>
     *          M   F | _T
     * north    1   5 |  6
     * south    4   8 | 12
     * _T       5  13 | 18
     * </pre>
     */
    private static final CountTable GRID = Tables.twoWay("grid", "province", "sex", List.of("north", "south"),
            List.of("M", "F"), new long[][] {{1, 5}, {4, 8}});

    /**
     * With the four inner cells suppressed, the cycle moves by t: north-M = 1 + t, north-F = 5 - t, south-M = 4 - t,
     * south-F = 8 + t, all at least 0, so t runs from -1 to 4.
     */
    @Test
    void theRangesOfACycleAreThoseWorkedByHand() {
        List<CellRange> ranges = Audit.ranges(List.of(GRID), List.of(Tables.pattern(GRID,
                List.of(key("north", "M"), key("north", "F"), key("south", "M"), key("south", "F")))), RULES);

        assertThat(ranges).extracting(CellRange::key, CellRange::value, CellRange::lower, CellRange::upper,
                CellRange::unsafe, CellRange::sufficient).containsExactlyInAnyOrder(
                        tuple(key("north", "M"), 1L, 0L, 5L, true, true),
                        tuple(key("north", "F"), 5L, 1L, 6L, false, true),
                        tuple(key("south", "M"), 4L, 0L, 5L, false, true),
                        tuple(key("south", "F"), 8L, 7L, 12L, false, true));
    }

    @Test
    void aSufficientPatternIsSummarisedFromItsBoundsAlone() {
        AuditSummary summary = Audit.check(List.of(GRID), List.of(Tables.pattern(GRID,
                List.of(key("north", "M"), key("north", "F"), key("south", "M"), key("south", "F")))), RULES);

        assertThat(summary).isEqualTo(new AuditSummary(
                "threshold=3 protection=3 zeros=safe secondary=given audit=lp-ojalgo", 9, 1, 3,
                new BigDecimal("1.66")));
    }

    /** Hidden in its row but not in its column: north-M = M total - south-M, to the person. */
    @Test
    void anUnderProtectedPatternFailsClosedWithoutNamingTheValueOrItsBounds() {
        var pattern = List.of(Tables.pattern(GRID, List.of(key("north", "M"), key("north", "F"))));

        assertThat(Audit.ranges(List.of(GRID), pattern, RULES)).filteredOn(CellRange::unsafe)
                .extracting(CellRange::lower, CellRange::upper, CellRange::sufficient)
                .containsExactly(tuple(1L, 1L, false));
        assertThatThrownBy(() -> Audit.check(List.of(GRID), pattern, RULES))
                .isInstanceOf(UnprotectedTablesException.class)
                .hasMessageStartingWith("table 'grid', cell [north, M] can be worked out from the published cells")
                .hasMessageNotContainingAny("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    /** Range [0, 3] around a 1 (south-M = 2 - t): wide enough below, 1 short above for protection 3. */
    @Test
    void aRangeOneShortOnOneSideFails() {
        CountTable table = Tables.twoWay("grid", "province", "sex", List.of("north", "south"),
                List.of("M", "F"), new long[][] {{1, 5}, {2, 8}});
        var cycle = List.of(Tables.pattern(table,
                List.of(key("north", "M"), key("north", "F"), key("south", "M"), key("south", "F"))));

        SuppressionRules onlyOnes = new SuppressionRules(2, 3, false);

        assertThat(Audit.ranges(List.of(table), cycle, onlyOnes)).filteredOn(CellRange::unsafe)
                .extracting(CellRange::lower, CellRange::upper).containsExactly(tuple(0L, 3L));
        assertThatThrownBy(() -> Audit.check(List.of(table), cycle, onlyOnes))
                .isInstanceOf(UnprotectedTablesException.class)
                .hasMessageContaining("cell [north, M]");
        assertThat(Audit.check(List.of(table), cycle, new SuppressionRules(2, 2, false)).narrowestRatio())
                .isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void aPublishedUnsafeCellFails() {
        assertThatThrownBy(() -> Audit.check(List.of(GRID), List.of(Tables.pattern(GRID, List.of())), RULES))
                .isInstanceOf(UnprotectedTablesException.class)
                .hasMessage("table 'grid', cell [north, M] is published although its count is unsafe; suppress it");
    }

    /** The province totals of grid are those of the table by age: suppressing one in grid alone publishes it. */
    @Test
    void aCellSuppressedInOneTableAndPublishedInAnotherFails() {
        CountTable byAge = Tables.twoWay("age", "province", "age_band", List.of("north", "south"),
                List.of("young", "old"), new long[][] {{3, 3}, {6, 6}});
        var pattern = List.of(
                Tables.pattern(GRID, List.of(key("north", "M"), key("north", "_T"), key("south", "M"),
                        key("south", "_T"))),
                Tables.pattern(byAge, List.of()));

        assertThatThrownBy(() -> Audit.check(List.of(GRID, byAge), pattern, RULES))
                .isInstanceOf(UnprotectedTablesException.class)
                .hasMessageStartingWith("table 'grid', cell [north, _T] is suppressed there but published in table 'age'");
    }

    @Test
    void aSuppressedGrandTotalIsRefused() {
        assertThatThrownBy(() -> Audit.check(List.of(GRID), List.of(Tables.pattern(GRID, List.of(key("north", "M"),
                key("north", "F"), key("south", "M"), key("south", "F"), key("_T", "_T")))), RULES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grand total");
    }

    /**
     * Two tables that publish the same margins and hide a 3 or a 4 (threshold 5, protection 2) in the same cycle:
     * both ranges are [0, 13], so their summaries must be equal. A ratio measured from the value,
     * min((value - lower) / 2, (upper - value) / 2), would be 1.5 for one and 2 for the other.
     */
    @Test
    void theSummaryIsTheSameForTablesThatPublishTheSame() {
        SuppressionRules rules = new SuppressionRules(5, 2, false);
        CountTable three = Tables.twoWay("grid", "province", "sex", List.of("north", "south"), List.of("M", "F"),
                new long[][] {{3, 10}, {10, 10}});
        CountTable four = Tables.twoWay("grid", "province", "sex", List.of("north", "south"), List.of("M", "F"),
                new long[][] {{4, 9}, {9, 11}});
        List<List<String>> cycle = List.of(key("north", "M"), key("north", "F"), key("south", "M"),
                key("south", "F"));

        AuditSummary ofThree = Audit.check(List.of(three), List.of(Tables.pattern(three, cycle)), rules);
        AuditSummary ofFour = Audit.check(List.of(four), List.of(Tables.pattern(four, cycle)), rules);

        assertThat(ofThree).isEqualTo(ofFour);
        assertThat(ofThree.narrowestRatio()).isEqualTo(new BigDecimal("6.50"));
    }
}
