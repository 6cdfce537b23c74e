package org.defstats.stats;

import java.math.BigDecimal;

/**
 * The one rounding rule of defstats: percentages and percentage points are computed exactly from whole
 * counts and published with one decimal, rounded half up (half away from zero: 2.25 gives 2.3,
 * -2.25 gives -2.3).
 */
public final class Percentages {

    private Percentages() {
    }

    /** {@code part} as a percentage of {@code whole}, e.g. share(1116, 1418) = 78.7. */
    public static BigDecimal share(long part, long whole) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Change from {@code previous} to {@code current} in percent, e.g. change(1047, 229) = -78.1. */
    public static BigDecimal change(long previous, long current) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Change in percentage points from the share partBefore/wholeBefore to the share partAfter/wholeAfter,
     * computed from the exact shares and rounded once.
     */
    public static BigDecimal pointChange(long partBefore, long wholeBefore, long partAfter, long wholeAfter) {
        throw new UnsupportedOperationException("TODO");
    }
}
