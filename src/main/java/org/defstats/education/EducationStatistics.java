package org.defstats.education;

import java.util.List;

/** The education figures, as pure functions over rows. */
final class EducationStatistics {

    private EducationStatistics() {
    }

    /** The rows of the years from {@code fromYear} to {@code toYear}, both included. */
    static List<LevelCount> between(List<LevelCount> rows, int fromYear, int toYear) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Per year (ascending) and level (in {@link Level} order) the count and its share of the year's total.
     *
     * @throws IllegalArgumentException when a year has a level twice
     */
    static List<LevelShare> levelShares(List<LevelCount> rows) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Per year (ascending) the group's count, the year's total, the share and its change in points. */
    static List<GroupFigure> group(List<LevelCount> rows, LevelGroup group) {
        throw new UnsupportedOperationException("TODO");
    }
}
