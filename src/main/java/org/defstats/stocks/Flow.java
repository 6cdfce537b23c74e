package org.defstats.stocks;

import java.time.YearMonth;

/**
 * The change of a category between two consecutive snapshots of the same sex: those who arrived in between
 * and are counted in it, when the classification did not change.
 *
 * @param category the category code, or null for the snapshot total
 */
public record Flow(Breakdown breakdown, Sex sex, YearMonth from, YearMonth to, String category, long fromCount,
        long toCount) {

    /** The change in persons, negative when the later snapshot counts fewer. */
    public long change() {
        return Math.subtractExact(toCount, fromCount);
    }
}
