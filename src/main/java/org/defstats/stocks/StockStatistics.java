package org.defstats.stocks;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.defstats.stats.Percentages;
import org.defstats.stocks.Snapshots.Group;

/**
 * The stock figures, as pure functions over the rows of one stock table (total rows included) that the checks
 * passed. Snapshots come in month order, sexes as male, female, all, and categories in the breakdown's order.
 */
public final class StockStatistics {

    private StockStatistics() {
    }

    /**
     * Per snapshot, sex and category the count and its share of the snapshot's total (the sum of its categories).
     *
     * @throws IllegalArgumentException when a snapshot has a category twice
     */
    public static List<CategoryShare> shares(Breakdown breakdown, List<StockRow> rows) {
        List<CategoryShare> shares = new ArrayList<>();
        for (Group group : Snapshots.all(Snapshots.checked(rows))) {
            long total = group.sum();
            for (String category : present(breakdown, group)) {
                long count = group.count(category);
                shares.add(new CategoryShare(breakdown, group.asOf(), group.sex(), category, count, total,
                        share(count, total)));
            }
        }
        return List.copyOf(shares);
    }

    /**
     * The combined share of some categories in one snapshot and sex, computed from their counts and rounded
     * once (28.4% + 28.7% of rounded shares would give 57.1% where the exact share is 57.16%, published 57.2%).
     *
     * @throws IllegalArgumentException when there is no such snapshot or it has no row for a category
     */
    public static GroupShare groupShare(List<CategoryShare> shares, YearMonth asOf, Sex sex, List<String> categories) {
        List<CategoryShare> snapshot = shares.stream().filter(s -> s.asOf().equals(asOf) && s.sex() == sex).toList();
        if (snapshot.isEmpty()) {
            throw new IllegalArgumentException("there is no snapshot of " + asOf + " " + sex.code());
        }
        long count = 0;
        for (String category : categories) {
            count = Math.addExact(count, snapshot.stream().filter(s -> s.category().equals(category)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(asOf + " " + sex.code() + " has no " + category))
                    .count());
        }
        long total = snapshot.get(0).snapshotTotal();
        return new GroupShare(snapshot.get(0).breakdown(), asOf, sex, List.copyOf(categories), count, total,
                share(count, total));
    }

    /** Women's share of each category, and of the whole snapshot (null category), where both sexes are given. */
    public static List<FemaleShare> femaleShares(Breakdown breakdown, List<StockRow> rows) {
        List<FemaleShare> shares = new ArrayList<>();
        for (Map<Sex, Group> sexes : Snapshots.checked(rows).values()) {
            Group male = sexes.get(Sex.MALE);
            Group female = sexes.get(Sex.FEMALE);
            if (male == null || female == null || male.categories().isEmpty() || female.categories().isEmpty()) {
                continue;
            }
            for (String category : present(breakdown, female)) {
                Long men = male.count(category);
                if (men != null) {
                    shares.add(femaleShare(breakdown, female.asOf(), category, female.count(category), men));
                }
            }
            shares.add(femaleShare(breakdown, female.asOf(), null, female.sum(), male.sum()));
        }
        return List.copyOf(shares);
    }

    /**
     * Per sex, the change of each category and of the total (null category, last) from each snapshot to the
     * next snapshot of the same sex.
     */
    public static List<Flow> flows(Breakdown breakdown, List<StockRow> rows) {
        List<Flow> flows = new ArrayList<>();
        SortedMap<YearMonth, Map<Sex, Group>> groups = Snapshots.checked(rows);
        for (Sex sex : Sex.values()) {
            Group previous = null;
            for (Map<Sex, Group> sexes : groups.values()) {
                Group group = sexes.get(sex);
                if (group == null || group.categories().isEmpty()) {
                    continue;
                }
                if (previous != null) {
                    for (String category : present(breakdown, group)) {
                        Long before = previous.count(category);
                        if (before != null) {
                            flows.add(new Flow(breakdown, sex, previous.asOf(), group.asOf(), category, before,
                                    group.count(category)));
                        }
                    }
                    flows.add(new Flow(breakdown, sex, previous.asOf(), group.asOf(), null, previous.sum(),
                            group.sum()));
                }
                previous = group;
            }
        }
        return List.copyOf(flows);
    }

    /** A warning for each flow that is negative, placed on the later snapshot's row. */
    public static List<FlowWarning> warnings(Breakdown breakdown, List<StockRow> rows) {
        SortedMap<YearMonth, Map<Sex, Group>> groups = Snapshots.checked(rows);
        List<FlowWarning> warnings = new ArrayList<>();
        for (Flow flow : flows(breakdown, rows)) {
            if (flow.change() >= 0) {
                continue;
            }
            Group later = groups.get(flow.to()).get(flow.sex());
            StockRow row = later.row(flow.category());
            String what = breakdown.code() + " " + (flow.category() == null ? "total" : flow.category())
                    + (flow.sex() == Sex.ALL ? "" : " (" + flow.sex().code() + ")");
            warnings.add(new FlowWarning(breakdown, row == null ? later.firstLine() : row.line(), "count",
                    Long.toString(flow.toCount()), what + " fell from " + flow.fromCount() + " at " + flow.from()
                            + " to " + flow.toCount() + " at " + flow.to() + "; a cumulative count cannot fall, so "
                            + "the MOU must have revised its " + (flow.category() == null ? "figures"
                                    : "classification")));
        }
        return List.copyOf(warnings);
    }

    /**
     * For each snapshot of everyone ({@code all}), its total against the cumulative arrivals by its month. Only
     * December snapshots have that figure: the yearly arrivals give year ends, and the arrivals by another month
     * are not known (see {@link StockChecks#againstArrivals} for the bound they still give).
     */
    public static List<Coverage> coverage(Breakdown breakdown, List<StockRow> rows, List<CumulativeArrivals> arrivals) {
        List<Coverage> coverage = new ArrayList<>();
        for (Map<Sex, Group> sexes : Snapshots.checked(rows).values()) {
            Group all = sexes.get(Sex.ALL);
            if (all == null || all.categories().isEmpty()) {
                continue;
            }
            long total = all.sum();
            Long arrived = all.asOf().getMonthValue() != 12 ? null
                    : CumulativeArrivals.atEndOfYearOf(arrivals, all.asOf()).map(CumulativeArrivals::total).orElse(null);
            coverage.add(new Coverage(all.asOf(), breakdown, total, arrived,
                    arrived == null ? null : Math.subtractExact(arrived, total)));
        }
        return List.copyOf(coverage);
    }

    private static FemaleShare femaleShare(Breakdown breakdown, YearMonth asOf, String category, long female,
            long male) {
        return new FemaleShare(breakdown, asOf, category, female, male, share(female, Math.addExact(female, male)));
    }

    /** The categories a group has, in the breakdown's order. */
    private static List<String> present(Breakdown breakdown, Group group) {
        return breakdown.categories().stream().filter(group.categories()::containsKey).toList();
    }

    // A snapshot of no one has no shares, rather than stopping the whole table.
    private static BigDecimal share(long count, long total) {
        return total == 0 ? null : Percentages.share(count, total);
    }
}
