package org.defstats.arrivals;

import org.defstats.stats.Period;

/**
 * When the cumulative number of arrivals first reached {@code threshold}: the year (or block) and, where
 * year-to-date spans of that year pin it down, the month. {@code period} is null when the threshold was not
 * reached; {@code month} and {@code cumulativeAtMonthEnd} are null when the month cannot be told from the input.
 * {@code cumulativeAtPeriodEnd} is the cumulative total at the end of {@code period} (null when not reached).
 */
public record Milestone(long threshold, Period period, Integer month, Long cumulativeAtMonthEnd,
        Long cumulativeAtPeriodEnd) {
}
