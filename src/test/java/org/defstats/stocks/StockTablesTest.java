package org.defstats.stocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.defstats.output.Table;
import org.defstats.output.TableSpec;
import org.junit.jupiter.api.Test;

/** The published tables: stable column codes, keys, units, and an empty cell where there is no figure. */
class StockTablesTest {

    @Test
    void sharesOfABreakdownAreNamedAfterIt() {
        Table age = StockTables.shares(Breakdown.AGE, StockStatistics.shares(Breakdown.AGE, StockFiles.AGE));
        assertThat(age.name()).isEqualTo("age.csv");
        assertThat(age.header()).containsExactly("as_of", "sex", "category", "count", "snapshot_total", "share_pct");
        assertThat(age.rows()).hasSize(28);
        assertThat(age.rows().get(0)).containsExactly("2020-09", "male", "0-9", "651", "9396", "6.9");
        assertThat(age.rows().get(27)).containsExactly("2022-12", "all", "60+", "1348", "33836", "4.0");
        assertThat(new String(age.csv(), StandardCharsets.UTF_8)).startsWith(
                "as_of,sex,category,count,snapshot_total,share_pct\n2020-09,male,0-9,651,9396,6.9\n");
    }

    @Test
    void femaleShareFlowsAndCoverageAcrossBreakdowns() {
        Table female = StockTables.femaleShares(StockStatistics.femaleShares(Breakdown.OCCUPATION,
                StockFiles.OCCUPATION));
        assertThat(female.rows()).contains(List.of("occupation", "2020-09", "laborer", "9205", "4142", "69.0"),
                List.of("occupation", "2020-09", "total", "24252", "9396", "72.1"));

        Table flows = StockTables.flows(StockStatistics.flows(Breakdown.OCCUPATION, StockFiles.OCCUPATION));
        assertThat(flows.header()).containsExactly("breakdown", "from", "to", "sex", "category", "from_count",
                "to_count", "change");
        assertThat(flows.rows().get(0)).containsExactly("occupation", "2020-09", "2022-12", "all", "management", "551",
                "550", "-1");
        assertThat(flows.rows()).last().isEqualTo(List.of("occupation", "2020-09", "2022-12", "all", "total",
                "33648", "33836", "188"));

        Table coverage = StockTables.coverage(StockStatistics.coverage(Breakdown.AGE, StockFiles.AGE,
                CumulativeArrivals.byYearEnd(StockFiles.ARRIVALS)));
        assertThat(coverage.rows()).containsExactly(List.of("2020-09", "age", "33648", "", ""),
                List.of("2022-12", "age", "33836", "33882", "46"));
        // a negative change is a number, not a formula to defuse
        assertThat(new String(flows.csv(), StandardCharsets.UTF_8)).contains(",550,-1\n");
    }

    @Test
    void everyTableSaysItsKeyColumnsAndUnits() {
        assertThat(StockTables.specs()).extracting(TableSpec::name).containsExactly("education.csv",
                "occupation.csv", "age.csv", "female-share.csv", "flows.csv", "coverage.csv");
        assertThat(StockTables.sharesSpec(Breakdown.EDUCATION).keys()).containsExactly("as_of", "sex",
                "category");
        assertThat(StockTables.FEMALE_SHARE.keys()).containsExactly("breakdown", "as_of", "category");
        assertThat(StockTables.FLOWS.keys()).containsExactly("breakdown", "from", "to", "sex", "category");
        assertThat(StockTables.COVERAGE.keys()).containsExactly("as_of", "breakdown");
        assertThat(StockTables.sharesSpec(Breakdown.AGE).columns()).extracting(TableSpec.Column::unit)
                .containsExactly("month", "code", "code", "persons", "persons", "percent");
        // the tables are built from their specs, so header and spec cannot drift apart
        assertThat(StockTables.coverage(List.of()).header()).isEqualTo(StockTables.COVERAGE.columnNames());
        assertThat(StockTables.femaleShares(List.of()).header()).isEqualTo(StockTables.FEMALE_SHARE.columnNames());
    }
}
