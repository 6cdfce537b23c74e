package org.defstats.education;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.defstats.stats.Percentages;
import org.defstats.stats.RowProblem;

/**
 * The rules of education rows taken together, as pure functions that return every problem found: each
 * (year, level) once, the same levels in every year, total rows equal to the rows they total, each year's
 * total equal to the arrivals of that year, and the shares of each year adding up to 100%.
 */
final class EducationChecks {

    /** A total row of the levels input: a null year totals all years, a null level all levels. */
    record TotalRow(Integer year, Level level, long count, long line) {
    }

    /** The arrivals total of a single year, from the arrivals input. */
    record ArrivalsTotal(int year, long total, long line) {
    }

    private EducationChecks() {
    }

    static List<RowProblem> levels(List<LevelCount> rows, List<TotalRow> totalRows) {
        List<RowProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new RowProblem(0, "year", "", "no-data", "has no rows of figures"));
            return problems;
        }
        SortedMap<Integer, Map<Level, LevelCount>> byYear = new TreeMap<>();
        for (LevelCount row : rows) {
            LevelCount first = byYear.computeIfAbsent(row.year(), y -> new EnumMap<>(Level.class))
                    .putIfAbsent(row.level(), row);
            if (first != null) {
                problems.add(new RowProblem(row.line(), "level", row.level().code(), "duplicate", row.year() + " has "
                        + row.level().code() + " twice, also on line " + first.line() + "; keep one of them"));
            }
        }
        missingLevels(byYear).forEach((year, missing) -> problems.add(new RowProblem(
                byYear.get(year).values().stream().mapToLong(LevelCount::line).min().orElse(0), "year",
                Integer.toString(year), "levels-missing", missingMessage(year, missing))));
        Map<String, TotalRow> seen = new java.util.HashMap<>();
        for (TotalRow total : totalRows) {
            TotalRow first = seen.putIfAbsent(total.year() + "/" + total.level(), total);
            String what = (total.year() == null ? "all years" : Integer.toString(total.year())) + ", "
                    + (total.level() == null ? "all levels" : total.level().code());
            if (first != null) {
                problems.add(new RowProblem(total.line(), "count", Long.toString(total.count()), "total-row",
                        "a second total row of " + what + " (the first is on line " + first.line() + "); keep one"));
                continue;
            }
            long sum = rows.stream()
                    .filter(r -> total.year() == null || r.year() == total.year())
                    .filter(r -> total.level() == null || r.level() == total.level())
                    .mapToLong(LevelCount::count).reduce(0, Math::addExact);
            if (sum != total.count()) {
                problems.add(new RowProblem(total.line(), "count", Long.toString(total.count()), "total-row",
                        "the total row of " + what + " gives " + total.count() + ", but its rows add up to " + sum
                                + "; a row is missing, counted twice or mistyped"));
            }
        }
        return problems;
    }

    /** Per year, the levels that other years have and it has not; years with all of them are left out. */
    static SortedMap<Integer, Set<Level>> missingLevels(SortedMap<Integer, ? extends Map<Level, ?>> byYear) {
        Set<Level> all = EnumSet.noneOf(Level.class);
        byYear.values().forEach(levels -> all.addAll(levels.keySet()));
        SortedMap<Integer, Set<Level>> missingByYear = new TreeMap<>();
        byYear.forEach((year, levels) -> {
            Set<Level> missing = EnumSet.copyOf(all);
            missing.removeAll(levels.keySet());
            if (!missing.isEmpty()) {
                missingByYear.put(year, missing);
            }
        });
        return missingByYear;
    }

    static String missingMessage(int year, Set<Level> missing) {
        return year + " has no row for " + missing.stream().map(Level::code).collect(Collectors.joining(", "))
                + ", which other years have; add the row (with 0 where there were none)";
    }

    /**
     * The shares of a table of level shares that would not add up to 100% before rounding, one problem per year:
     * every row of a year must be over the same total, the year's counts must add up to that total (so that
     * the exact shares count/total add up to 1), and each share must be its exact share rounded by
     * {@link Percentages#share}, or none when the year's total is 0 (a year without arrivals has no shares).
     */
    static List<RowProblem> shares(List<LevelShare> shares) {
        SortedMap<Integer, List<LevelShare>> byYear = new TreeMap<>();
        shares.forEach(s -> byYear.computeIfAbsent(s.year(), y -> new ArrayList<>()).add(s));
        List<RowProblem> problems = new ArrayList<>();
        byYear.forEach((year, levels) -> {
            Set<Long> totals = levels.stream().map(LevelShare::yearTotal)
                    .collect(Collectors.toCollection(TreeSet::new));
            long counts = levels.stream().mapToLong(LevelShare::count).reduce(0, Math::addExact);
            long total = totals.iterator().next();
            String problem = null;
            if (totals.size() > 1) {
                problem = "the shares of " + year + " are taken of different totals " + totals + "; a year has one "
                        + "total, the sum of its levels";
            }
            else if (counts != total) {
                problem = "the shares of " + year + " are taken of " + total + ", but its levels add up to " + counts
                        + ", so they add up to " + counts + "/" + total + " rather than 100%";
            }
            else {
                for (LevelShare level : levels) {
                    BigDecimal exact = total == 0 ? null : Percentages.share(level.count(), total);
                    if (exact == null ? level.sharePct() != null
                            : level.sharePct() == null || exact.compareTo(level.sharePct()) != 0) {
                        problem = "the share of " + level.level().code() + " in " + year + " is "
                                + (level.sharePct() == null ? "missing" : "given as " + level.sharePct() + "%")
                                + ", but " + level.count() + " of " + total + " is "
                                + (exact == null ? "no share (the year's total is 0)" : exact + "%");
                        break;
                    }
                }
            }
            if (problem != null) {
                problems.add(new RowProblem(0, "year", Integer.toString(year), "shares", problem));
            }
        });
        return problems;
    }

    /**
     * Each year's education total against the arrivals of that year: they may differ by at most
     * {@code tolerance} persons, and a year without an arrivals figure of its own cannot be checked.
     */
    static List<RowProblem> againstArrivals(List<LevelCount> rows, List<ArrivalsTotal> arrivals, long tolerance) {
        Map<Integer, ArrivalsTotal> arrivalsByYear = new TreeMap<>();
        arrivals.forEach(a -> arrivalsByYear.putIfAbsent(a.year(), a));
        SortedMap<Integer, Long> totals = new TreeMap<>();
        SortedMap<Integer, Long> firstLines = new TreeMap<>();
        for (LevelCount row : rows) {
            totals.merge(row.year(), row.count(), Math::addExact);
            firstLines.merge(row.year(), row.line(), Math::min);
        }
        List<RowProblem> problems = new ArrayList<>();
        totals.forEach((year, total) -> {
            ArrivalsTotal arrived = arrivalsByYear.get(year);
            long line = firstLines.get(year);
            if (arrived == null) {
                problems.add(new RowProblem(line, "year", Integer.toString(year), "education-total", "the arrivals "
                        + "input has no figure for " + year + " alone, so its education total " + total
                        + " cannot be checked; add the year to the arrivals input or leave it out here"));
            }
            else if (Math.abs(total - arrived.total()) > tolerance) {
                problems.add(new RowProblem(line, "year", Integer.toString(year), "education-total", "the levels of "
                        + year + " add up to " + total + ", but " + arrived.total() + " arrived that year (arrivals "
                        + "line " + arrived.line() + ")" + (tolerance > 0 ? ", more than the " + tolerance
                        + " persons arrivals-tolerance allows" : "") + "; a level is missing or mistyped"));
            }
        });
        return problems;
    }
}
