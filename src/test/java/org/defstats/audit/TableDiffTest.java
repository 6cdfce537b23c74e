package org.defstats.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Comparing computed tables with published figures at their rounding, and with earlier runs exactly. */
class TableDiffTest {

    private static final CsvTable COMPUTED = table("yearly.csv", """
            period,male,female,total,female_share_pct,change_pct
            2015,251,1024,1275,80.3,-26.1
            2016,302,1116,1418,78.7,11.2
            2020,,,229,,-78.1
            """);

    @Test
    void publishedFiguresMatchAtTheirRoundingWithSeparatorsAndPercentSigns() {
        CsvTable published = table("report.csv", """
                period,total,female_share_pct,change_pct
                2016,"1,418",78.7%,11
                2020,229,,−78.1
                2015,1275,80,
                """);
        assertThat(TableDiff.compare(published, COMPUTED, TableDiff.Matching.PUBLISHED_ROUNDING)).isEmpty();
    }

    @Test
    void aPublished53MatchesAComputed533ButNot536() {
        CsvTable computed = table("g.csv", "year,share_pct\n2012,5.33\n2013,5.36\n");
        CsvTable published = table("p.csv", "year,share_pct\n2012,5.3\n2013,5.3\n");
        assertThat(TableDiff.compare(published, computed, TableDiff.Matching.PUBLISHED_ROUNDING))
                .containsExactly(new CellDifference("g.csv", "year=2013", "share_pct", "5.3", "5.36"));
    }

    @Test
    void aComputedFigureIsItselfRoundedSoAPublished5MatchesA55ButA7DoesNotMatchA6() {
        CsvTable computed = table("g.csv", "year,share_pct\n2012,5.5\n2013,6.0\n");
        CsvTable published = table("p.csv", "year,share_pct\n2012,5\n2013,7\n");
        assertThat(TableDiff.compare(published, computed, TableDiff.Matching.PUBLISHED_ROUNDING))
                .extracting(CellDifference::key).containsExactly("year=2013");
    }

    @Test
    void aPublishedColumnTheTableDoesNotHaveIsAnErrorNotASilentMatch() {
        assertThatIllegalArgumentException().isThrownBy(() -> TableDiff.compare(table("report.csv",
                "period,totl\n2016,9999\n"), COMPUTED, TableDiff.Matching.PUBLISHED_ROUNDING))
                .withMessageStartingWith("report.csv has the column totl, which yearly.csv does not have");
        assertThatIllegalArgumentException().isThrownBy(() -> TableDiff.compare(table("report.csv",
                "year,share_pct\n2012,5.3\n"), table("levels.csv", "year,level,share_pct\n2012,none,2.7\n"),
                TableDiff.Matching.PUBLISHED_ROUNDING))
                .withMessage("report.csv needs the key column level of levels.csv to match its rows");
    }

    @Test
    void aMissingRowAndAWrongCountAreReported() {
        CsvTable published = table("report.csv", "period,total\n2016,1414\n2011,2706\n");
        assertThat(TableDiff.compare(published, COMPUTED, TableDiff.Matching.PUBLISHED_ROUNDING)).extracting(
                d -> d.describe("published", "computed")).containsExactly(
                "yearly.csv period=2016 total: published 1414, computed 1418",
                "yearly.csv period=2011 total: published 2706, computed (none)");
    }

    @Test
    void publishedTablesMayNameColumnsAndPeriodsAsInputsDo() {
        CsvTable published = table("report.csv", "연도,남,합계 (명)\n2016년,302,\"1,418\"\n2015 년,251,1274\n");
        assertThat(TableDiff.compare(published, COMPUTED, TableDiff.Matching.PUBLISHED_ROUNDING))
                .containsExactly(new CellDifference("yearly.csv", "period=2015", "total", "1274", "1275"));
    }

    @Test
    void twoPublishedColumnsThatAreOneColumnOfTheTableAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> TableDiff.compare(table("report.csv",
                "period,합계,total\n2016,1418,1418\n"), COMPUTED, TableDiff.Matching.PUBLISHED_ROUNDING))
                .withMessage("report.csv:1:3: columns 2 and 3 are both the total column of yearly.csv; keep one of them");
    }

    @Test
    void tablesWithoutAKeyInCommonCannotBeCompared() {
        assertThatIllegalArgumentException().isThrownBy(() -> TableDiff.compare(table("a.csv", "x,total\n1,2\n"),
                COMPUTED, TableDiff.Matching.PUBLISHED_ROUNDING)).withMessageContaining("needs the key column period");
    }

    @Test
    void milestonesAreKeyedByThresholdSoThatAMovedMilestoneIsOneRevision() {
        CsvTable before = table("milestones.csv", "threshold,period,month\n30000,2016,11\n");
        CsvTable after = table("milestones.csv", "threshold,period,month\n30000,2016,12\n");
        assertThat(TableDiff.compare(before, after, TableDiff.Matching.EXACT))
                .containsExactly(new CellDifference("milestones.csv", "threshold=30000", "month", "11", "12"));
    }

    private static CsvTable table(String name, String csv) {
        try {
            return CsvTable.parse(name, csv.getBytes(StandardCharsets.UTF_8));
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
