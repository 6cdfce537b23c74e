package org.defstats.stocks;

import org.defstats.stats.RowProblem;

/**
 * A cumulative count that fell between two snapshots: not refused, since the MOU revises its tables, but said
 * with the run. Placed on the line of the later row.
 */
public record FlowWarning(Breakdown breakdown, long line, String column, String value, String message) {

    /** The rule name of these warnings. */
    public static final String RULE = "fell";

    /** The warning in the shape of a problem across rows, for placing it in its input file. */
    public RowProblem asRowProblem() {
        return new RowProblem(line, column, value, RULE, message);
    }
}
