package org.defstats.arrivals;

import java.math.BigDecimal;

import org.defstats.stats.Period;

/**
 * Arrivals of a span of months and, where the same span a year earlier is in the input, that span, its
 * total and the change in percent (otherwise those three are null).
 */
public record PartialPeriodFigure(Period period, Long male, Long female, long total, Period previousPeriod,
        Long previousTotal, BigDecimal changePct) {
}
