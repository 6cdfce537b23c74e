package org.defstats.stocks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.defstats.stats.RowProblem;
import org.defstats.stocks.Snapshots.Group;

/**
 * The rules of the rows of one stock table taken together, as pure functions that return every problem found:
 * each (snapshot, sex, category) once ({@code duplicate}), the same categories in every snapshot and sex
 * ({@code categories-missing}), a total row per snapshot and sex equal to the sum of its categories
 * ({@code total-row}), and men plus women equal to everyone where all three are given ({@code sexes}); and
 * across inputs, no snapshot counting more defectors than had arrived ({@code exceeds-arrivals}).
 */
public final class StockChecks {

    private StockChecks() {
    }

    /** The problems of the rows (total rows included) of one stock table. */
    public static List<RowProblem> rows(Breakdown breakdown, List<StockRow> rows) {
        String column = breakdown.column().name();
        List<RowProblem> problems = new ArrayList<>();
        if (rows.stream().allMatch(StockRow::isTotal)) {
            problems.add(new RowProblem(0, column, "", "no-data", "has no rows of figures; it needs a row per "
                    + "snapshot, sex and " + column));
            return problems;
        }
        SortedMap<YearMonth, Map<Sex, Group>> groups = Snapshots.of(rows, (first, again) -> problems.add(
                new RowProblem(again.line(), again.isTotal() ? "count" : column, label(again.category()), "duplicate",
                        again.asOf() + " " + again.sex().code() + " has " + (again.isTotal() ? "a total row"
                                : again.category()) + " twice, also on line " + first.line() + "; keep one of them")));
        Set<String> seen = new LinkedHashSet<>();
        Snapshots.all(groups).forEach(g -> seen.addAll(g.categories().keySet()));
        for (Group group : Snapshots.all(groups)) {
            String what = group.asOf() + " " + group.sex().code();
            List<String> missing = breakdown.categories().stream()
                    .filter(seen::contains).filter(c -> !group.categories().containsKey(c)).toList();
            if (!group.categories().isEmpty() && !missing.isEmpty()) {
                problems.add(new RowProblem(group.firstLine(), "as_of", group.asOf().toString(), "categories-missing",
                        what + " has no row for " + String.join(", ", missing) + ", which other snapshots or sexes "
                                + "have; add the row (with 0 where there were none)"));
            }
            problems.addAll(totalRow(group, what));
        }
        groups.values().forEach(sexes -> problems.addAll(sexes(breakdown, sexes)));
        return problems;
    }

    private static List<RowProblem> totalRow(Group group, String what) {
        StockRow total = group.totalRow();
        if (total == null) {
            return List.of(new RowProblem(group.firstLine(), "as_of", group.asOf().toString(), "total-row", what
                    + " has no total row; add a row with the category total and the count of all " + what
                    + ", so that a missing or mistyped row shows"));
        }
        if (group.categories().isEmpty()) {
            return List.of(new RowProblem(total.line(), "count", Long.toString(total.count()), "total-row",
                    "a total row of " + what + " without rows of its categories; add them or delete the total row"));
        }
        long sum = group.sum();
        if (sum != total.count()) {
            return List.of(new RowProblem(total.line(), "count", Long.toString(total.count()), "total-row",
                    "the total row of " + what + " gives " + total.count() + ", but its " + group.categories().size()
                            + " categories add up to " + sum + " (" + (sum > total.count() ? "+" : "")
                            + (sum - total.count()) + "); a row is missing, counted twice or mistyped"));
        }
        return List.of();
    }

    /**
     * Where a snapshot gives all three sexes, male + female = all for every category and the total; where it
     * gives one sex and all, the sex is never above all.
     */
    private static List<RowProblem> sexes(Breakdown breakdown, Map<Sex, Group> sexes) {
        Group all = sexes.get(Sex.ALL);
        if (all == null) {
            return List.of();
        }
        Group male = sexes.get(Sex.MALE);
        Group female = sexes.get(Sex.FEMALE);
        List<String> categories = new ArrayList<>(breakdown.categories());
        categories.add(null);
        List<RowProblem> problems = new ArrayList<>();
        for (String category : categories) {
            StockRow everyone = all.row(category);
            Long men = male == null ? null : male.count(category);
            Long women = female == null ? null : female.count(category);
            if (everyone == null) {
                continue;
            }
            String what = all.asOf() + " " + (category == null ? "total" : breakdown.code() + " " + category);
            if (men != null && women != null) {
                if (men + women != everyone.count()) {
                    problems.add(problem(everyone, what + ": male " + men + " + female " + women + " = "
                            + (men + women) + ", but all is " + everyone.count() + "; correct whichever figure is wrong"));
                }
                continue;
            }
            Long part = men != null ? men : women;
            if (part != null && part > everyone.count()) {
                problems.add(problem(everyone, what + ": " + (men != null ? "male " : "female ") + part
                        + " is more than all " + everyone.count() + "; correct whichever figure is wrong"));
            }
        }
        return problems;
    }

    /**
     * Each snapshot total (the total row, else the sum of its categories) against the cumulative arrivals by the
     * end of its year, for every sex the arrivals give: a stock of those who had arrived can never exceed them
     * ({@code exceeds-arrivals}). The yearly arrivals give only year ends. A December snapshot is compared with
     * the end of its own year, exactly. A snapshot of another month M of year Y is compared with the end of Y
     * too: arrivals are never negative, so those who had arrived by M are at most those who had arrived by the
     * end of Y, and a snapshot above that figure is certainly wrong. That bound is weaker than the exact one
     * (a snapshot between the arrivals by M and by December passes), but it never refuses a right figure. A
     * snapshot of a year the arrivals do not reach is not compared.
     */
    public static List<RowProblem> againstArrivals(List<StockRow> rows, List<CumulativeArrivals> arrivals) {
        List<RowProblem> problems = new ArrayList<>();
        SortedMap<YearMonth, Map<Sex, Group>> groups = Snapshots.of(rows, (first, again) -> { });
        for (Group group : Snapshots.all(groups)) {
            Long arrived = CumulativeArrivals.atEndOfYearOf(arrivals, group.asOf())
                    .flatMap(a -> a.of(group.sex())).orElse(null);
            StockRow total = group.totalRow();
            long count = total != null ? total.count() : group.sum();
            if (arrived == null || count <= arrived) {
                continue;
            }
            int year = group.asOf().getYear();
            problems.add(new RowProblem(total != null ? total.line() : group.firstLine(), "count",
                    Long.toString(count), "exceeds-arrivals", group.asOf() + " " + group.sex().code() + " counts "
                            + count + " defectors, but only " + arrived + " had arrived by the end of " + year
                            + (group.asOf().getMonthValue() == 12 ? "" : ", and so no more by " + group.asOf())
                            + " (yearly arrivals); a count here is too high or the arrivals input is short"));
        }
        return problems;
    }

    private static RowProblem problem(StockRow everyone, String message) {
        return new RowProblem(everyone.line(), "count", Long.toString(everyone.count()), "sexes", message);
    }

    private static String label(String category) {
        return category == null ? "total" : category;
    }
}
