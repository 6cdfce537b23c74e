package org.defstats.disclosure;

/**
 * Secondary suppression driven by the audit: audit the pattern, take each primary cell whose range falls short
 * on one side, suppress the cheapest complement that lets it move that far ({@link Complement}), and repeat until
 * the audit finds nothing short. The complement of one cell often protects others, so each shortfall is checked
 * again before it is worked on. Every shared cell is one variable, so a complement found in one table is
 * suppressed in every table that holds it, and a leak through another table's margins is a shortfall like any other.
 */
final class SecondarySuppression {

    /** The method string's name of this heuristic. */
    /** In every register run's fingerprint: give a changed method a new name, so that earlier runs are not current. */
    static final String NAME = "incremental-lp";

    private SecondarySuppression() {
    }

    /**
     * The primary cells and the secondary ones that protect them all: first steered by the relaxed ranges (no
     * integer programmes), then finished with the exact ones, whose memory is returned for the final audit.
     */
    static boolean[] complete(CellSpace space, boolean[] primary, SuppressionRules rules, RangeFinder.Memory exact) {
        boolean[] suppressed = primary.clone();
        grow(space, primary, suppressed, rules, false, new RangeFinder.Memory());
        grow(space, primary, suppressed, rules, true, exact);
        return suppressed;
    }

    private static void grow(CellSpace space, boolean[] primary, boolean[] suppressed, SuppressionRules rules,
            boolean exact, RangeFinder.Memory memory) {
        for (int round = 0; ; round++) {
            if (round > space.size()) {
                throw new UnprotectedTablesException("secondary suppression did not settle on a safe pattern for "
                        + "tables " + names(space) + "; merge small categories or drop a table");
            }
            boolean changed = false;
            RangeFinder finder = new RangeFinder(space, suppressed, exact, memory);
            for (int cell = 0; cell < space.size(); cell++) {
                for (boolean upward : new boolean[] {true, false}) {
                    if (!primary[cell] || !fallsShort(space, finder, cell, upward, rules)) {
                        continue;
                    }
                    if (protect(space, suppressed, cell, upward, rules, exact)) {
                        changed = true;
                        finder = new RangeFinder(space, suppressed, exact, memory);
                    }
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    /** Suppresses the cell's cheapest complement; false when the relaxed search finds nothing to add. */
    private static boolean protect(CellSpace space, boolean[] suppressed, int cell, boolean upward,
            SuppressionRules rules, boolean exact) {
        long value = space.value(cell);
        long change = upward ? Audit.requiredUpper(value, rules) - value : Audit.requiredLower(value, rules) - value;
        int[] added = Complement.cheapest(space, suppressed, cell, change, false);
        if (added != null && added.length == 0) {
            if (!exact) {
                return false;
            }
            // The relaxation moves the cell only through fractions of persons; ask for whole ones.
            added = Complement.cheapest(space, suppressed, cell, change, true);
        }
        if (added == null || added.length == 0) {
            throw new UnprotectedTablesException(space.name(cell) + " cannot be protected: the grand totals, which "
                    + "are never suppressed, pin it down; merge small categories or drop the table");
        }
        for (int j : added) {
            suppressed[j] = true;
        }
        return true;
    }

    private static boolean fallsShort(CellSpace space, RangeFinder finder, int cell, boolean upward,
            SuppressionRules rules) {
        long value = space.value(cell);
        return upward ? finder.upper(cell) < Audit.requiredUpper(value, rules)
                : finder.lower(cell) > Audit.requiredLower(value, rules);
    }

    private static String names(CellSpace space) {
        return space.tables().stream().map(CountTable::name).toList().toString();
    }
}
