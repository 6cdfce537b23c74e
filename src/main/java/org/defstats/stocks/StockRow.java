package org.defstats.stocks;

import java.time.YearMonth;

/**
 * One checked row of a stock table: how many of the defectors who had arrived by {@code asOf} are of a
 * category, and the line it came from so that problems across rows can name it.
 *
 * @param category the category code of the breakdown, or null for the total row of the snapshot and sex
 */
public record StockRow(YearMonth asOf, Sex sex, String category, long count, long line) {

    /** Whether this is the total row of its snapshot and sex. */
    public boolean isTotal() {
        return category == null;
    }
}
