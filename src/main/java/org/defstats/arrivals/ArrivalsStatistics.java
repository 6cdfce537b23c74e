package org.defstats.arrivals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.defstats.stats.Percentages;
import org.defstats.stats.Period;
import org.defstats.stats.Period.Kind;

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
        for (ArrivalRow row : rows) {
            if (!row.period().isWholeYears()) {
                throw new IllegalArgumentException(row.period().label() + " is not a whole year");
            }
        }
        List<ArrivalRow> sorted = rows.stream().sorted((a, b) -> a.period().compareTo(b.period())).toList();
        List<YearlyFigure> figures = new ArrayList<>(sorted.size());
        ArrivalRow previous = null;
        long cumulative = 0;
        for (ArrivalRow row : sorted) {
            if (previous != null) {
                checkFollows(previous.period(), row.period());
            }
            cumulative = Math.addExact(cumulative, row.total());
            Long changePersons = null;
            BigDecimal changePct = null;
            if (isYearAfter(previous, row)) {
                changePersons = row.total() - previous.total();
                changePct = previous.total() == 0 ? null : Percentages.change(previous.total(), row.total());
            }
            figures.add(new YearlyFigure(row.period(), row.male(), row.female(), row.total(),
                    femaleShare(row), changePersons, changePct, cumulative));
            previous = row;
        }
        return List.copyOf(figures);
    }

    /** Figures of spans of months in period order, each compared with the same span a year earlier. */
    static List<PartialPeriodFigure> partialPeriods(List<ArrivalRow> spans) {
        Map<Period, ArrivalRow> byPeriod = spansByPeriod(spans);
        List<PartialPeriodFigure> figures = new ArrayList<>(byPeriod.size());
        for (ArrivalRow span : byPeriod.values()) {
            Period p = span.period();
            ArrivalRow before = byPeriod.get(
                    new Period(Kind.MONTHS, p.fromYear() - 1, p.fromMonth(), p.toYear() - 1, p.toMonth()));
            if (before == null) {
                figures.add(new PartialPeriodFigure(p, span.male(), span.female(), span.total(), null, null, null));
            } else {
                BigDecimal changePct = before.total() == 0 ? null : Percentages.change(before.total(), span.total());
                figures.add(new PartialPeriodFigure(p, span.male(), span.female(), span.total(), before.period(),
                        before.total(), changePct));
            }
        }
        return List.copyOf(figures);
    }

    /** For each threshold in the given order, when the cumulative total first reached it. */
    static List<Milestone> milestones(List<YearlyFigure> yearly, List<ArrivalRow> spans, List<Long> thresholds) {
        Map<Period, ArrivalRow> byPeriod = spansByPeriod(spans);
        List<Milestone> milestones = new ArrayList<>(thresholds.size());
        for (long threshold : thresholds) {
            if (threshold <= 0) {
                throw new IllegalArgumentException("a threshold must be positive, not " + threshold);
            }
            milestones.add(milestone(yearly, byPeriod, threshold));
        }
        return List.copyOf(milestones);
    }

    private static Milestone milestone(List<YearlyFigure> yearly, Map<Period, ArrivalRow> spans, long threshold) {
        long before = 0;
        for (YearlyFigure figure : yearly) {
            if (figure.cumulativeTotal() >= threshold) {
                Period period = figure.period();
                if (period.kind() == Kind.YEAR) {
                    Map<Integer, Long> yearToDate = yearToDate(spans, period.fromYear());
                    for (Map.Entry<Integer, Long> e : yearToDate.entrySet()) {
                        int month = e.getKey();
                        long atMonthEnd = Math.addExact(before, e.getValue());
                        if (atMonthEnd >= threshold) {
                            // Only exact when the month before is known to be below the threshold.
                            if (month == 1 || yearToDate.containsKey(month - 1)) {
                                return new Milestone(threshold, period, month, atMonthEnd, figure.cumulativeTotal());
                            }
                            break;
                        }
                    }
                }
                return new Milestone(threshold, period, null, null, figure.cumulativeTotal());
            }
            before = figure.cumulativeTotal();
        }
        return new Milestone(threshold, null, null, null, null);
    }

    /** Totals of the spans from January of {@code year} to each month of it, by that month. */
    private static Map<Integer, Long> yearToDate(Map<Period, ArrivalRow> spans, int year) {
        Map<Integer, Long> byMonth = new TreeMap<>();
        for (ArrivalRow span : spans.values()) {
            Period p = span.period();
            if (p.fromYear() == year && p.fromMonth() == 1 && p.toYear() == year) {
                byMonth.put(p.toMonth(), span.total());
            }
        }
        return byMonth;
    }

    /** The spans in period order, checked to be spans of months, each once. */
    private static Map<Period, ArrivalRow> spansByPeriod(List<ArrivalRow> spans) {
        Map<Period, ArrivalRow> byPeriod = new TreeMap<>();
        for (ArrivalRow span : spans) {
            if (span.period().kind() != Kind.MONTHS) {
                throw new IllegalArgumentException(span.period().label() + " is not a span of months");
            }
            if (byPeriod.putIfAbsent(span.period(), span) != null) {
                throw new IllegalArgumentException(span.period().label() + " appears twice");
            }
        }
        return byPeriod;
    }

    private static void checkFollows(Period previous, Period period) {
        if (period.kind() == Kind.UP_TO_YEAR) {
            throw new IllegalArgumentException(period.label() + " comes after " + previous.label()
                    + ": a period up to a year can only be the first");
        }
        if (period.equals(previous)) {
            throw new IllegalArgumentException(period.label() + " appears twice");
        }
        if (period.fromYear() <= previous.toYear()) {
            throw new IllegalArgumentException(period.label() + " overlaps " + previous.label());
        }
        if (period.fromYear() > previous.toYear() + 1) {
            int from = previous.toYear() + 1;
            int to = period.fromYear() - 1;
            String missing = from == to ? Integer.toString(from) : from + "~" + to;
            throw new IllegalArgumentException("no figures for " + missing + " between " + previous.label()
                    + " and " + period.label());
        }
    }

    private static boolean isYearAfter(ArrivalRow previous, ArrivalRow row) {
        return previous != null && row.period().kind() == Kind.YEAR && previous.period().kind() == Kind.YEAR
                && previous.period().fromYear() == row.period().fromYear() - 1;
    }

    // A period without arrivals has no female share, rather than stopping the whole table.
    private static BigDecimal femaleShare(ArrivalRow row) {
        return row.female() == null || row.total() == 0 ? null : Percentages.share(row.female(), row.total());
    }
}
