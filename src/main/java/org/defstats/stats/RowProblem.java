package org.defstats.stats;

/**
 * A problem found by checking rows together, placed on the line of one of them.
 *
 * @param line   the line of the row in its input file
 * @param column the canonical column the problem is about
 * @param value  the figure found there
 */
public record RowProblem(long line, String column, String value, String rule, String message) {
}
