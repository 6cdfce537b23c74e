package org.defstats.stocks;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The count of one category in a snapshot of one sex and its share of the snapshot's total ({@code sharePct}
 * null when the total is 0).
 */
public record CategoryShare(Breakdown breakdown, YearMonth asOf, Sex sex, String category, long count,
        long snapshotTotal, BigDecimal sharePct) {
}
