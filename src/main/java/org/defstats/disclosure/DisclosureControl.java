package org.defstats.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Protects a job's frequency tables together: primary suppression of unsafe counts, secondary suppression across
 * tables that share margins, then an audit by linear programming of every suppressed cell's feasible range.
 * Pure: no I/O, no Spring.
 */
public final class DisclosureControl {

    private DisclosureControl() {
    }

    /** The method string of {@link #protect} with these rules, as the manifest and the fingerprint name it. */
    public static String method(SuppressionRules rules) {
        return Audit.describe(rules, SecondarySuppression.NAME);
    }

    /**
     * The tables protected by the rules, or an exception when the audit finds a cell not protected enough.
     * Every table must hold every combination of its categories and {@link CountTable#TOTAL}; tables that share
     * dimensions must agree on their shared cells. The same cell in several tables gets one status.
     *
     * @throws UnprotectedTablesException when a suppressed cell's range is narrower than the rules require
     * @throws IllegalArgumentException   when a table lacks cells, does not add up, or disagrees with another
     */
    public static Protection protect(List<CountTable> tables, SuppressionRules rules) {
        CellSpace space = CellSpace.of(tables);
        boolean[] primary = new boolean[space.size()];
        for (int cell = 0; cell < space.size(); cell++) {
            if (Audit.unsafe(space.value(cell), rules)) {
                if (space.isGrandTotal(cell)) {
                    throw space.unprotected(cell, "is a grand total whose count is "
                            + "unsafe, and a grand total is never suppressed; drop the table or widen its population");
                }
                primary[cell] = true;
            }
        }
        RangeFinder.Memory ranges = new RangeFinder.Memory();
        boolean[] suppressed = SecondarySuppression.complete(space, primary, rules, ranges);
        AuditSummary audit = Audit.check(space, suppressed, rules, method(rules), ranges);
        List<ProtectedTable> protectedTables = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            CountTable table = tables.get(t);
            Map<List<String>, CellStatus> status = new HashMap<>();
            Map<List<String>, Long> published = new HashMap<>();
            for (List<String> key : space.keys(t)) {
                int cell = space.id(t, key);
                if (!suppressed[cell]) {
                    status.put(key, CellStatus.PUBLISHED);
                    published.put(key, space.value(cell));
                } else {
                    status.put(key, primary[cell] ? CellStatus.PRIMARY : CellStatus.SECONDARY);
                }
            }
            protectedTables.add(new ProtectedTable(table.name(), table.dimensions(), status, published));
        }
        return new Protection(protectedTables, audit);
    }
}
