package org.defstats.stocks;

import static org.defstats.publish.Table.cell;
import static org.defstats.stocks.TableColumn.key;
import static org.defstats.stocks.TableColumn.percent;
import static org.defstats.stocks.TableColumn.persons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.defstats.publish.Table;

/**
 * The published tables of the stocks job, from its figures. Columns are stable codes; a category is its code,
 * and {@code total} stands for the whole snapshot; an empty cell means no figure.
 */
public final class StockTables {

    /** Where female-share, flows and coverage name the whole snapshot rather than a category. */
    public static final String TOTAL = "total";

    public static final TableSpec FEMALE_SHARE = new TableSpec("female-share.csv", List.of(key("breakdown"),
            key("as_of"), key("category"), persons("female"), persons("male"), percent("female_share_pct")));
    public static final TableSpec FLOWS = new TableSpec("flows.csv", List.of(key("breakdown"), key("from"), key("to"),
            key("sex"), key("category"), persons("from_count"), persons("to_count"), persons("change")));
    public static final TableSpec COVERAGE = new TableSpec("coverage.csv", List.of(key("as_of"), key("breakdown"),
            persons("snapshot_total"), persons("cumulative_arrivals"), persons("not_in_breakdown")));

    private StockTables() {
    }

    /** The table of counts and shares of a breakdown, named after it: {@code education.csv} and so on. */
    public static TableSpec sharesSpec(Breakdown breakdown) {
        return new TableSpec(breakdown.code() + ".csv", List.of(key("as_of"), key("sex"), key("category"),
                persons("count"), persons("snapshot_total"), percent("share_pct")));
    }

    /** Every table the job can publish, with its key columns and units. */
    public static List<TableSpec> specs() {
        List<TableSpec> specs = new ArrayList<>();
        Arrays.stream(Breakdown.values()).map(StockTables::sharesSpec).forEach(specs::add);
        specs.addAll(List.of(FEMALE_SHARE, FLOWS, COVERAGE));
        return List.copyOf(specs);
    }

    public static Table shares(Breakdown breakdown, List<CategoryShare> shares) {
        return sharesSpec(breakdown).table(shares.stream().map(s -> List.of(s.asOf().toString(), s.sex().code(),
                s.category(), cell(s.count()), cell(s.snapshotTotal()), cell(s.sharePct()))).toList());
    }

    public static Table femaleShares(List<FemaleShare> shares) {
        return FEMALE_SHARE.table(shares.stream().map(s -> List.of(s.breakdown().code(), s.asOf().toString(),
                category(s.category()), cell(s.female()), cell(s.male()), cell(s.femaleSharePct()))).toList());
    }

    public static Table flows(List<Flow> flows) {
        return FLOWS.table(flows.stream().map(f -> List.of(f.breakdown().code(), f.from().toString(),
                f.to().toString(), f.sex().code(), category(f.category()), cell(f.fromCount()), cell(f.toCount()),
                cell(f.change()))).toList());
    }

    public static Table coverage(List<Coverage> coverage) {
        return COVERAGE.table(coverage.stream().map(c -> List.of(c.asOf().toString(), c.breakdown().code(),
                cell(c.snapshotTotal()), cell(c.cumulativeArrivals()), cell(c.notInBreakdown()))).toList());
    }

    private static String category(String category) {
        return category == null ? TOTAL : category;
    }
}
