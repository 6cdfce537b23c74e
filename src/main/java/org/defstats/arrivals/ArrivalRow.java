package org.defstats.arrivals;

import org.defstats.stats.Period;

/** One row of an arrivals export: a period with its male, female (null where not published) and total. */
public record ArrivalRow(Period period, Long male, Long female, long total) {
}
