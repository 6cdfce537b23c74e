package org.defstats.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The one rounding rule of defstats: percentages and percentage points are computed exactly from whole
 * counts and published with one decimal, rounded half up (half away from zero: 2.25 gives 2.3,
 * -2.25 gives -2.3).
 */
public final class Percentages {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private Percentages() {
    }

    /** {@code part} as a percentage of {@code whole}, e.g. share(1116, 1418) = 78.7. */
    public static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            throw new IllegalArgumentException("cannot take " + part + " as a share of a whole of 0");
        }
        return percent(BigInteger.valueOf(part), BigInteger.valueOf(whole));
    }

    /** Change from {@code previous} to {@code current} in percent, e.g. change(1047, 229) = -78.1. */
    public static BigDecimal change(long previous, long current) {
        if (previous == 0) {
            throw new IllegalArgumentException("cannot give the change from 0 to " + current + " in percent");
        }
        BigInteger before = BigInteger.valueOf(previous);
        return percent(BigInteger.valueOf(current).subtract(before), before);
    }

    /**
     * Change in percentage points from the share partBefore/wholeBefore to the share partAfter/wholeAfter,
     * computed from the exact shares and rounded once.
     */
    public static BigDecimal pointChange(long partBefore, long wholeBefore, long partAfter, long wholeAfter) {
        if (wholeBefore == 0 || wholeAfter == 0) {
            throw new IllegalArgumentException("cannot compare the shares " + partBefore + "/" + wholeBefore
                    + " and " + partAfter + "/" + wholeAfter + ": a whole is 0");
        }
        BigInteger b = BigInteger.valueOf(wholeBefore);
        BigInteger d = BigInteger.valueOf(wholeAfter);
        // c/d - a/b = (c*b - a*d) / (b*d), kept as one exact fraction so that rounding happens once
        BigInteger numerator = BigInteger.valueOf(partAfter).multiply(b)
                .subtract(BigInteger.valueOf(partBefore).multiply(d));
        return percent(numerator, b.multiply(d));
    }

    /** 100 * numerator / denominator, rounded once to one decimal, half away from zero. */
    private static BigDecimal percent(BigInteger numerator, BigInteger denominator) {
        return new BigDecimal(numerator.multiply(HUNDRED))
                .divide(new BigDecimal(denominator), 1, RoundingMode.HALF_UP);
    }
}
