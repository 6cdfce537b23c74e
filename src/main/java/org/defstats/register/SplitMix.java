package org.defstats.register;

/**
 * SplitMix64 (Steele, Lea and Flood, 2014), written out so that a seed gives the same numbers on every JVM and
 * every Java version (java.util's generators do not promise their algorithm).
 */
final class SplitMix {

    private long state;

    SplitMix(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A whole number from 0 to {@code bound - 1}, without modulo bias. */
    int nextInt(int bound) {
        return (int) nextLong(bound);
    }

    /** A whole number from 0 to {@code bound - 1} (bound positive), without modulo bias. */
    long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, not " + bound);
        }
        // 2^64 mod bound values at the top would make the low results likelier; draw again there
        long excess = (Long.remainderUnsigned(-1L, bound) + 1) % bound;
        long last = -1L - excess;
        while (true) {
            long r = nextLong();
            if (Long.compareUnsigned(r, last) <= 0) {
                return Long.remainderUnsigned(r, bound);
            }
        }
    }

    /** An index drawn with probability proportional to whole-number weights (their sum at most 2^62). */
    int weighted(long[] weights, long total) {
        long r = nextLong(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights do not add up to " + total);
    }
}
