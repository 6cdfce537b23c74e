package org.defstats.stocks;

import org.defstats.stats.Period;

/**
 * Arrivals of one whole-year period as the yearly arrivals input gives them ({@code ~1998}, {@code 1999~2001},
 * {@code 2002}): male and female are null where not published.
 */
public record YearlyArrivals(Period period, Long male, Long female, long total) {
}
