package org.defstats.stocks;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The combined count and share of several categories in a snapshot of one sex, e.g. ages 20-29 and 30-39;
 * the share is computed from the counts, not by adding rounded shares.
 */
public record GroupShare(Breakdown breakdown, YearMonth asOf, Sex sex, List<String> categories, long count,
        long snapshotTotal, BigDecimal sharePct) {
}
