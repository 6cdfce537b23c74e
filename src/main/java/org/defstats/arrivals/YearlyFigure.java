package org.defstats.arrivals;

import java.math.BigDecimal;

import org.defstats.stats.Period;

/**
 * Arrivals of one year or block of years with the derived figures. {@code femaleSharePct} is null where the
 * female count was not published; {@code changePersons} and {@code changePct} are null where the previous
 * single year is not in the input (blocks, and the first year after a block).
 */
public record YearlyFigure(Period period, Long male, Long female, long total, BigDecimal femaleSharePct,
        Long changePersons, BigDecimal changePct, long cumulativeTotal) {
}
