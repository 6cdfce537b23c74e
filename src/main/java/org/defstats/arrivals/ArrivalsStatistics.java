package org.defstats.arrivals;

import java.util.List;

/** The arrivals figures, as pure functions over rows. */
final class ArrivalsStatistics {

    private ArrivalsStatistics() {
    }

    /**
     * Yearly figures in period order from rows of whole years (years, blocks, "up to").
     *
     * @throws IllegalArgumentException when the periods overlap, leave a gap or include a span of months
     */
    static List<YearlyFigure> yearly(List<ArrivalRow> rows) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Figures of spans of months in period order, each compared with the same span a year earlier. */
    static List<PartialPeriodFigure> partialPeriods(List<ArrivalRow> spans) {
        throw new UnsupportedOperationException("TODO");
    }

    /** For each threshold in the given order, when the cumulative total first reached it. */
    static List<Milestone> milestones(List<YearlyFigure> yearly, List<ArrivalRow> spans, List<Long> thresholds) {
        throw new UnsupportedOperationException("TODO");
    }
}
