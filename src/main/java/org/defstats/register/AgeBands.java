package org.defstats.register;

import java.util.ArrayList;
import java.util.List;

/**
 * Bands of age at entry from the job file, by their lower bounds ({@code [0, 10, 20, 30, 40, 50, 60]} makes
 * {@code 0-9} … {@code 50-59} and {@code 60+}); the first bound is 0, so that every age has a band.
 */
public record AgeBands(List<Long> lowerBounds) {

    /** The MOU's bands. */
    public static final List<Long> MOU = List.of(0L, 10L, 20L, 30L, 40L, 50L, 60L);
    /** An age at entry beyond which a register's year of birth is taken to be wrong does not exist here; bounds stop at this. */
    public static final long MAX_BOUND = 120;

    public AgeBands {
        lowerBounds = List.copyOf(lowerBounds);
        if (lowerBounds.isEmpty() || lowerBounds.get(0) != 0) {
            throw new IllegalArgumentException("must start at 0, so that every age has a band, for example "
                    + "[0, 10, 20, 30, 40, 50, 60]");
        }
        for (int i = 1; i < lowerBounds.size(); i++) {
            if (lowerBounds.get(i) <= lowerBounds.get(i - 1) || lowerBounds.get(i) > MAX_BOUND) {
                throw new IllegalArgumentException("must rise, each bound a whole number of years from 0 to "
                        + MAX_BOUND + ", not " + lowerBounds);
            }
        }
    }

    /** The band of an age (0 or more), by its index. */
    public int index(int age) {
        int band = 0;
        while (band + 1 < lowerBounds.size() && age >= lowerBounds.get(band + 1)) {
            band++;
        }
        return band;
    }

    /** The codes of the bands, youngest first: {@code 0-9}, … {@code 60+}. */
    public List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < lowerBounds.size(); i++) {
            codes.add(i + 1 < lowerBounds.size() ? lowerBounds.get(i) + "-" + (lowerBounds.get(i + 1) - 1)
                    : lowerBounds.get(i) + "+");
        }
        return List.copyOf(codes);
    }
}
