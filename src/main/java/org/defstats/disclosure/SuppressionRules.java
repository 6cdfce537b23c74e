package org.defstats.disclosure;

/**
 * The job file's rules of disclosure control for frequency tables.
 *
 * @param threshold   a count from 1 to {@code threshold - 1} is unsafe (primary suppression); default 3
 * @param protection  how far each suppressed cell's range, as computed from everything published, must reach on
 *                    each side of its value (the lower bound may stop at 0); default equal to the threshold
 * @param zerosUnsafe whether a count of 0 is unsafe too; default false
 */
public record SuppressionRules(long threshold, long protection, boolean zerosUnsafe) {

    public static final SuppressionRules DEFAULT = new SuppressionRules(3, 3, false);

    public SuppressionRules {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, not " + threshold);
        }
        if (protection < 0) {
            throw new IllegalArgumentException("protection must not be negative, not " + protection);
        }
    }
}
