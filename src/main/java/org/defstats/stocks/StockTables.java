package org.defstats.stocks;

import static org.defstats.output.Table.cell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.defstats.output.Table;
import org.defstats.output.TableSpec;

/**
 * The published tables of the stocks job, from its figures. Columns are stable codes; a category is its code,
 * and {@code total} stands for the whole snapshot; an empty cell means no figure.
 */
public final class StockTables {

    /** Where female-share, flows and coverage name the whole snapshot rather than a category. */
    public static final String TOTAL = "total";

    private static final String CODE = "code";
    private static final String MONTH = "month";
    private static final String PERSONS = "persons";

    public static final TableSpec FEMALE_SHARE = spec("female-share.csv", List.of("breakdown", CODE, "as_of", MONTH,
            "category", CODE), List.of("female", PERSONS, "male", PERSONS, "female_share_pct", "percent"))
            .withShare("female_share_pct", "female", "male");
    public static final TableSpec FLOWS = spec("flows.csv", List.of("breakdown", CODE, "from", MONTH, "to", MONTH,
            "sex", CODE, "category", CODE), List.of("from_count", PERSONS, "to_count", PERSONS, "change", PERSONS));
    public static final TableSpec COVERAGE = spec("coverage.csv", List.of("as_of", MONTH, "breakdown", CODE),
            List.of("snapshot_total", PERSONS, "cumulative_arrivals", PERSONS, "not_in_breakdown", PERSONS));

    /** A table whose key columns come first: names and units, alternating. */
    private static TableSpec spec(String name, List<String> keys, List<String> figures) {
        List<TableSpec.Column> columns = new ArrayList<>();
        List<String> keyNames = new ArrayList<>();
        for (List<String> part : List.of(keys, figures)) {
            for (int i = 0; i < part.size(); i += 2) {
                columns.add(new TableSpec.Column(part.get(i), part.get(i + 1)));
                if (part == keys) {
                    keyNames.add(part.get(i));
                }
            }
        }
        return new TableSpec(name, columns, keyNames);
    }

    private static Table table(TableSpec spec, List<List<String>> rows) {
        return new Table(spec.name(), spec.columnNames(), rows);
    }

    private StockTables() {
    }

    /** The table of counts and shares of a breakdown, named after it: {@code education.csv} and so on. */
    public static TableSpec sharesSpec(Breakdown breakdown) {
        return spec(breakdown.code() + ".csv", List.of("as_of", MONTH, "sex", CODE, "category", CODE),
                List.of("count", PERSONS, "snapshot_total", PERSONS, "share_pct", "percent"))
                .withShare("share_pct", "snapshot_total");
    }

    /** Every table the job can publish, with its key columns and units. */
    public static List<TableSpec> specs() {
        List<TableSpec> specs = new ArrayList<>();
        Arrays.stream(Breakdown.values()).map(StockTables::sharesSpec).forEach(specs::add);
        specs.addAll(List.of(FEMALE_SHARE, FLOWS, COVERAGE));
        return List.copyOf(specs);
    }

    public static Table shares(Breakdown breakdown, List<CategoryShare> shares) {
        return table(sharesSpec(breakdown), shares.stream().map(s -> List.of(s.asOf().toString(), s.sex().code(),
                s.category(), cell(s.count()), cell(s.snapshotTotal()), cell(s.sharePct()))).toList());
    }

    public static Table femaleShares(List<FemaleShare> shares) {
        return table(FEMALE_SHARE, shares.stream().map(s -> List.of(s.breakdown().code(), s.asOf().toString(),
                category(s.category()), cell(s.female()), cell(s.male()), cell(s.femaleSharePct()))).toList());
    }

    public static Table flows(List<Flow> flows) {
        return table(FLOWS, flows.stream().map(f -> List.of(f.breakdown().code(), f.from().toString(),
                f.to().toString(), f.sex().code(), category(f.category()), cell(f.fromCount()), cell(f.toCount()),
                cell(f.change()))).toList());
    }

    public static Table coverage(List<Coverage> coverage) {
        return table(COVERAGE, coverage.stream().map(c -> List.of(c.asOf().toString(), c.breakdown().code(),
                cell(c.snapshotTotal()), cell(c.cumulativeArrivals()), cell(c.notInBreakdown()))).toList());
    }

    private static String category(String category) {
        return category == null ? TOTAL : category;
    }
}
