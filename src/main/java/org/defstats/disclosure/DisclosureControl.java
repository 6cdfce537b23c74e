package org.defstats.disclosure;

import java.util.List;

/**
 * Protects a job's frequency tables together: primary suppression of unsafe counts, secondary suppression across
 * tables that share margins, then an audit by linear programming of every suppressed cell's feasible range.
 * Pure: no I/O, no Spring.
 */
public final class DisclosureControl {

    private DisclosureControl() {
    }

    /**
     * The tables protected by the rules, or an exception when the audit finds a cell not protected enough.
     *
     * @throws UnprotectedTablesException when a suppressed cell's range is narrower than the rules require
     */
    public static Protection protect(List<CountTable> tables, SuppressionRules rules) {
        throw new UnsupportedOperationException("disclosure control is being built");
    }
}
