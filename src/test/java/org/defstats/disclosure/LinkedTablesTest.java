package org.defstats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.defstats.disclosure.Tables.key;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Two tables sharing the yearly totals:
 * <pre>
 *   by sex      M   F | _T         by education  primary secondary | _T
 *   2016        1   2 |  3         2016                3         0 |  3
 *   2017       20  30 | 50         2017               22        28 | 50
 *   2018       25  35 | 60         2018               27        33 | 60
 * </pre>
 * In the table by sex the 1 and the 2 add up to the year's 3, so that total must go; the table by education
 * publishes it again as 3 + 0.
 */
class LinkedTablesTest {

    private static final SuppressionRules RULES = SuppressionRules.DEFAULT;
    private static final List<String> YEARS = List.of("2016", "2017", "2018");
    private static final CountTable BY_SEX = Tables.twoWay("year-sex", "arrival_year", "sex", YEARS,
            List.of("M", "F"), new long[][] {{1, 2}, {20, 30}, {25, 35}});
    private static final CountTable BY_EDUCATION = Tables.twoWay("year-education", "arrival_year", "education",
            YEARS, List.of("primary", "secondary"), new long[][] {{3, 0}, {22, 28}, {27, 33}});

    @Test
    void suppressingInOneTableAloneLeaksThroughTheOtherAndTheAuditFindsIt() {
        ProtectedTable alone = DisclosureControl.protect(List.of(BY_SEX), RULES).tables().get(0);
        assertThat(alone.status().get(key("2016", "_T"))).isNotEqualTo(CellStatus.PUBLISHED);

        // the other table hides the same yearly totals, and nothing else
        Map<List<String>, CellStatus> naive = new HashMap<>(Tables.pattern(BY_EDUCATION, List.of()));
        alone.status().forEach((key, status) -> {
            if (key.get(1).equals(CountTable.TOTAL) && status != CellStatus.PUBLISHED) {
                naive.put(key, status);
            }
        });
        List<Map<List<String>, CellStatus>> leaky = List.of(alone.status(), naive);

        assertThat(Audit.ranges(List.of(BY_SEX, BY_EDUCATION), leaky, RULES))
                .filteredOn(range -> range.key().equals(key("2016", "M")))
                .singleElement().satisfies(range -> {
                    assertThat(range.upper()).isEqualTo(3); // 1 + 2 = 3 + 0: at most 3, where 4 is needed
                    assertThat(range.sufficient()).isFalse();
                });
        assertThatThrownBy(() -> Audit.check(List.of(BY_SEX, BY_EDUCATION), leaky, RULES))
                .isInstanceOf(UnprotectedTablesException.class)
                .hasMessageContaining("table 'year-sex', cell [2016, ");
    }

    @Test
    void protectingTheTablesTogetherClosesTheLeak() {
        Protection protection = DisclosureControl.protect(List.of(BY_SEX, BY_EDUCATION), RULES);
        ProtectedTable bySex = protection.tables().get(0);
        ProtectedTable byEducation = protection.tables().get(1);

        for (String year : List.of("2016", "2017", "2018", "_T")) {
            assertThat(bySex.status().get(key(year, "_T")) == CellStatus.PUBLISHED)
                    .as("the total of %s has one status in both tables", year)
                    .isEqualTo(byEducation.status().get(key(year, "_T")) == CellStatus.PUBLISHED);
        }
        assertThat(bySex.status().get(key("2016", "_T"))).isEqualTo(CellStatus.SECONDARY);
        assertThat(Tables.suppressed(bySex)).contains("[2016, F]", "[2016, M]", "[2016, _T]", "[2017, _T]");
        // 2016's total is no longer 3 + 0: its 3 moves with it, against 2017's primary and total (the 0 cannot fall)
        assertThat(Tables.suppressed(byEducation))
                .containsExactly("[2016, _T]", "[2016, primary]", "[2017, _T]", "[2017, primary]");
        assertThat(bySex.status()).containsEntry(key("_T", "_T"), CellStatus.PUBLISHED);
        assertThat(byEducation.status()).containsEntry(key("_T", "_T"), CellStatus.PUBLISHED);

        var pattern = List.of(bySex.status(), byEducation.status());
        assertThat(Audit.ranges(List.of(BY_SEX, BY_EDUCATION), pattern, RULES))
                .filteredOn(CellRange::unsafe).hasSize(2).allMatch(CellRange::sufficient);
        AuditSummary again = Audit.check(List.of(BY_SEX, BY_EDUCATION), pattern, RULES);
        assertThat(again.primary()).isEqualTo(protection.audit().primary()).isEqualTo(2);
        assertThat(again.secondary()).isEqualTo(protection.audit().secondary());
        assertThat(protection.audit().cells()).isEqualTo(24);
    }
}
