package org.defstats.arrivals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.defstats.stats.Period;
import org.defstats.stats.Period.Kind;
import org.defstats.stats.RowProblem;

/**
 * The rules of arrivals rows taken together, as pure functions that return every problem found: periods
 * once and without overlaps or gaps, total rows equal to the rows they total, and spans of months that agree
 * with their years.
 */
final class ArrivalsChecks {

    private ArrivalsChecks() {
    }

    /** The problems of the yearly rows and of the total rows of the yearly input. */
    static List<RowProblem> yearly(List<ArrivalRow> rows, List<ArrivalRow> totalRows) {
        List<RowProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new RowProblem(0, "period", "", "no-data", "has no rows of figures; it needs a row per year"));
        }
        List<ArrivalRow> sorted = rows.stream().sorted((a, b) -> a.period().compareTo(b.period())).toList();
        ArrivalRow reach = null;
        for (ArrivalRow row : sorted) {
            if (reach != null) {
                problems.addAll(follows(reach, row));
            }
            if (reach == null || row.period().toYear() > reach.period().toYear()) {
                reach = row;
            }
        }
        problems.addAll(totalRows(rows, totalRows));
        return problems;
    }

    private static List<RowProblem> follows(ArrivalRow before, ArrivalRow row) {
        Period previous = before.period();
        Period period = row.period();
        if (period.equals(previous)) {
            return List.of(problem(row, "duplicate", period.label() + " appears twice, also on line " + before.line()
                    + "; keep one of them"));
        }
        if (period.kind() == Kind.UP_TO_YEAR || period.fromYear() <= previous.toYear()) {
            return List.of(problem(row, "overlap", period.label() + " overlaps " + previous.label() + " on line "
                    + before.line() + "; a year may be counted in one row only"));
        }
        if (period.fromYear() > previous.toYear() + 1) {
            int from = previous.toYear() + 1;
            int to = period.fromYear() - 1;
            String missing = from == to ? Integer.toString(from) : from + "~" + to;
            return List.of(problem(row, "gap", "no figures for " + missing + " between " + previous.label()
                    + " and " + period.label() + "; add the missing row so that cumulative totals stay right"));
        }
        return List.of();
    }

    private static List<RowProblem> totalRows(List<ArrivalRow> rows, List<ArrivalRow> totalRows) {
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < totalRows.size(); i++) {
            ArrivalRow totalRow = totalRows.get(i);
            if (i > 0) {
                problems.add(new RowProblem(totalRow.line(), "period", "합계", "total-row",
                        "a second total row (the first is on line " + totalRows.get(0).line() + "); keep one"));
                continue;
            }
            checkColumn(problems, totalRow, "total", rows, r -> r.total(), totalRow.total());
            checkColumn(problems, totalRow, "male", rows, ArrivalRow::male, totalRow.male());
            checkColumn(problems, totalRow, "female", rows, ArrivalRow::female, totalRow.female());
        }
        return problems;
    }

    // A column is checked only where every row gives it: an unpublished figure cannot be summed.
    private static void checkColumn(List<RowProblem> problems, ArrivalRow totalRow, String column,
            List<ArrivalRow> rows, Function<ArrivalRow, Long> figure, Long stated) {
        if (stated == null || rows.stream().anyMatch(r -> figure.apply(r) == null)) {
            return;
        }
        long sum = rows.stream().mapToLong(r -> figure.apply(r)).reduce(0, Math::addExact);
        if (sum != stated) {
            problems.add(new RowProblem(totalRow.line(), column, Long.toString(stated), "total-row",
                    "the total row gives " + column + " " + stated + ", but the other rows add up to " + sum
                            + "; a row is missing, counted twice or mistyped"));
        }
    }

    /**
     * The problems of spans of months: each span once; a span within one year never above that year's
     * total, January to December equal to it, the four quarters adding up to it, and year-to-date spans
     * never shrinking as they grow.
     */
    static List<RowProblem> spans(List<ArrivalRow> spans, List<ArrivalRow> yearlyRows) {
        List<RowProblem> problems = new ArrayList<>();
        Map<Integer, Long> yearTotals = new HashMap<>();
        yearlyRows.stream().filter(r -> r.period().kind() == Kind.YEAR)
                .forEach(r -> yearTotals.put(r.period().fromYear(), r.total()));
        Map<Period, ArrivalRow> byPeriod = new TreeMap<>();
        for (ArrivalRow span : spans) {
            ArrivalRow first = byPeriod.putIfAbsent(span.period(), span);
            if (first != null) {
                problems.add(problem(span, "duplicate", span.period().label() + " appears twice, also on line "
                        + first.line() + "; keep one of them"));
                continue;
            }
            Period p = span.period();
            Long yearTotal = p.fromYear() == p.toYear() ? yearTotals.get(p.fromYear()) : null;
            if (yearTotal == null) {
                continue;
            }
            if (span.total() > yearTotal) {
                problems.add(problem(span, "span-total", p.label() + " has " + span.total() + " arrivals, more than "
                        + "the " + yearTotal + " of the whole year " + p.fromYear()));
            }
            else if (p.fromMonth() == 1 && p.toMonth() == 12 && span.total() != yearTotal) {
                problems.add(problem(span, "span-total", p.label() + " has " + span.total() + " arrivals, but the year "
                        + p.fromYear() + " has " + yearTotal));
            }
        }
        problems.addAll(quarters(byPeriod, yearTotals));
        problems.addAll(yearToDate(byPeriod));
        return problems;
    }

    private static List<RowProblem> quarters(Map<Period, ArrivalRow> byPeriod, Map<Integer, Long> yearTotals) {
        List<RowProblem> problems = new ArrayList<>();
        for (Map.Entry<Integer, Long> year : new TreeMap<>(yearTotals).entrySet()) {
            int y = year.getKey();
            List<ArrivalRow> quarters = new ArrayList<>();
            for (int q = 0; q < 4; q++) {
                ArrivalRow quarter = byPeriod.get(new Period(Kind.MONTHS, y, q * 3 + 1, y, q * 3 + 3));
                if (quarter != null) {
                    quarters.add(quarter);
                }
            }
            if (quarters.size() < 4) {
                continue;
            }
            long sum = quarters.stream().mapToLong(ArrivalRow::total).reduce(0, Math::addExact);
            if (sum != year.getValue()) {
                ArrivalRow last = quarters.get(3);
                problems.add(problem(last, "quarters", "the four quarters of " + y + " add up to " + sum
                        + ", but the year has " + year.getValue() + "; a quarter or the year is wrong"));
            }
        }
        return problems;
    }

    private static List<RowProblem> yearToDate(Map<Period, ArrivalRow> byPeriod) {
        List<RowProblem> problems = new ArrayList<>();
        Map<Integer, ArrivalRow> previousByYear = new HashMap<>();
        for (ArrivalRow span : byPeriod.values()) {
            Period p = span.period();
            if (p.fromMonth() != 1 || p.fromYear() != p.toYear()) {
                continue;
            }
            ArrivalRow previous = previousByYear.put(p.fromYear(), span);
            if (previous != null && span.total() < previous.total()) {
                problems.add(problem(span, "year-to-date", p.label() + " has " + span.total() + " arrivals, fewer "
                        + "than the " + previous.total() + " of " + previous.period().label() + " on line "
                        + previous.line()));
            }
        }
        return problems;
    }

    private static RowProblem problem(ArrivalRow row, String rule, String message) {
        String column = switch (rule) {
            case "duplicate", "overlap", "gap" -> "period";
            default -> "total";
        };
        return new RowProblem(row.line(), column, column.equals("period") ? row.period().label()
                : Long.toString(row.total()), rule, message);
    }
}
