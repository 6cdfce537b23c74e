package org.defstats.arrivals;

import org.defstats.stats.Period;

/**
 * One row of an arrivals export: a period with its male, female (null where not published) and total, and the
 * line it came from so that problems across rows can name it.
 */
public record ArrivalRow(Period period, Long male, Long female, long total, long line) {

    ArrivalRow(Period period, Long male, Long female, long total) {
        this(period, male, female, total, 0);
    }
}
