package org.defstats.education;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.defstats.stats.Percentages;
import org.defstats.stats.RowProblem;
import org.defstats.stats.RuleException;

/** The education figures, as pure functions over rows. */
final class EducationStatistics {

    private EducationStatistics() {
    }

    /** The rows of the years from {@code fromYear} to {@code toYear}, both included. */
    static List<LevelCount> between(List<LevelCount> rows, int fromYear, int toYear) {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("the years from " + fromYear + " to " + toYear + " are backwards");
        }
        return rows.stream().filter(r -> r.year() >= fromYear && r.year() <= toYear).toList();
    }

    /**
     * Per year (ascending) and level (in {@link Level} order) the count and its share of the year's total.
     *
     * @throws IllegalArgumentException when a year has a level twice or lacks one that other years have
     * @throws RuleException of rule {@code shares} when the shares of a year would not add up to 100%
     *     ({@link EducationChecks#shares})
     */
    static List<LevelShare> levelShares(List<LevelCount> rows) {
        List<LevelShare> shares = new ArrayList<>();
        for (Map.Entry<Integer, Map<Level, Long>> year : byYear(rows).entrySet()) {
            long total = total(year.getValue());
            year.getValue().forEach((level, count) -> shares.add(
                    new LevelShare(year.getKey(), level, count, total, share(count, total))));
        }
        // the table as it will be published, checked as a whole rather than trusted from how it was built
        List<RowProblem> problems = EducationChecks.shares(shares);
        if (!problems.isEmpty()) {
            throw new RuleException("shares", problems.get(0).message());
        }
        return List.copyOf(shares);
    }

    /** Per year (ascending) the group's count, the year's total, the share and its change in points. */
    static List<GroupFigure> group(List<LevelCount> rows, LevelGroup group) {
        List<GroupFigure> figures = new ArrayList<>();
        GroupFigure previous = null;
        for (Map.Entry<Integer, Map<Level, Long>> year : byYear(rows).entrySet()) {
            long total = total(year.getValue());
            long count = 0;
            for (Level level : group.levels()) {
                count += year.getValue().getOrDefault(level, 0L);
            }
            BigDecimal changePoints = previous != null && previous.year() == year.getKey() - 1
                    && previous.total() > 0 && total > 0
                    ? Percentages.pointChange(previous.count(), previous.total(), count, total)
                    : null;
            GroupFigure figure = new GroupFigure(year.getKey(), count, total, share(count, total), changePoints);
            figures.add(figure);
            previous = figure;
        }
        return List.copyOf(figures);
    }

    /** Counts by year (ascending) and level (in enum order), each (year, level) once. */
    private static SortedMap<Integer, Map<Level, Long>> byYear(List<LevelCount> rows) {
        SortedMap<Integer, Map<Level, Long>> byYear = new TreeMap<>();
        for (LevelCount row : rows) {
            Map<Level, Long> levels = byYear.computeIfAbsent(row.year(), y -> new EnumMap<>(Level.class));
            if (levels.putIfAbsent(row.level(), row.count()) != null) {
                throw new IllegalArgumentException(row.year() + " has " + row.level().code() + " twice");
            }
        }
        // a level missing in one year would shrink that year's total and read as zero, so refuse it
        EducationChecks.missingLevels(byYear).forEach((year, missing) -> {
            throw new IllegalArgumentException(EducationChecks.missingMessage(year, missing));
        });
        return byYear;
    }

    private static long total(Map<Level, Long> levels) {
        return levels.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
    }

    // A year without arrivals has no shares, rather than stopping the whole table.
    private static BigDecimal share(long count, long total) {
        return total == 0 ? null : Percentages.share(count, total);
    }
}
