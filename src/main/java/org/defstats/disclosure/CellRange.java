package org.defstats.disclosure;

import java.util.List;

/**
 * A suppressed cell with its value and the range it can take given everything published, as the audit found it.
 * It holds an unprotected count, so like a {@link CountTable} it is for the run's own checks and tests, never for
 * publication.
 *
 * @param table      the first table in which the cell appears
 * @param key        its key there
 * @param value      its count
 * @param lower      the smallest value it can take in a table consistent with the published cells
 * @param upper      the largest value it can take in such a table
 * @param unsafe     whether its count is unsafe (a primary cell), so that its range must be wide enough
 * @param sufficient whether the range reaches as far as the protection requires on both sides (always, for a
 *                   secondary cell, which requires nothing)
 */
public record CellRange(String table, List<String> key, long value, long lower, long upper, boolean unsafe,
        boolean sufficient) {

    public CellRange {
        key = List.copyOf(key);
    }
}
