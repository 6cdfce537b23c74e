package org.defstats.stocks;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Women's share of a category in a snapshot that gives both sexes: female / (male + female).
 *
 * @param category the category code, or null for the whole snapshot
 */
public record FemaleShare(Breakdown breakdown, YearMonth asOf, String category, long female, long male,
        BigDecimal femaleSharePct) {
}
