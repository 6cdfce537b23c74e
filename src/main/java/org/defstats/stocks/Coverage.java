package org.defstats.stocks;

import java.time.YearMonth;

/**
 * How many of those who had arrived a snapshot of everyone ({@code all}) counts: the cumulative arrivals by its
 * month and those not in the breakdown (recent arrivals still in protection facilities). Both are null where
 * the yearly arrivals do not give the month, i.e. for every month but December and for years they do not reach.
 */
public record Coverage(YearMonth asOf, Breakdown breakdown, long snapshotTotal, Long cumulativeArrivals,
        Long notInBreakdown) {
}
