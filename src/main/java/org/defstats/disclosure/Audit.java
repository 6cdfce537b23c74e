package org.defstats.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit of a suppression pattern: every unsafe cell is suppressed, a cell is suppressed in every table that
 * holds it or in none, and every unsafe cell's range, given everything published (by linear programming, see
 * {@link RangeFinder}), reaches {@code protection} below its value (or 0) and {@code protection} above it. The
 * ranges of secondary cells are computed too but need no width: their counts are safe, so they could be published
 * on their own, and whatever they give away about an unsafe cell is in that cell's range already.
 * {@link DisclosureControl#protect} runs it on its own pattern; {@link #check} runs it on any pattern.
 */
public final class Audit {

    /** The audit's part of the method string. */
    static final String METHOD = "audit=lp-ojalgo";

    private static final int RATIO_SCALE = 2;
    /** Down, so the published ratio never overstates a range. */
    private static final RoundingMode RATIO_ROUNDING = RoundingMode.DOWN;

    private Audit() {
    }

    /**
     * Audits a pattern given as each table's status by key, in the order of {@code tables}, and summarises it.
     *
     * @throws UnprotectedTablesException when an unsafe cell is published, a cell is published in one table and
     *                                    suppressed in another, or an unsafe cell's range is too narrow
     */
    public static AuditSummary check(List<CountTable> tables, List<Map<List<String>, CellStatus>> statuses,
            SuppressionRules rules) {
        CellSpace space = CellSpace.of(tables);
        return check(space, suppressed(space, statuses), rules, describe(rules, "given"), new RangeFinder.Memory());
    }

    /** The range of every suppressed cell of a pattern, sufficient or not, without failing; never to publish. */
    public static List<CellRange> ranges(List<CountTable> tables, List<Map<List<String>, CellStatus>> statuses,
            SuppressionRules rules) {
        CellSpace space = CellSpace.of(tables);
        boolean[] suppressed = suppressed(space, statuses);
        RangeFinder finder = new RangeFinder(space, suppressed);
        List<CellRange> ranges = new ArrayList<>();
        for (int cell = 0; cell < space.size(); cell++) {
            if (suppressed[cell]) {
                long lower = finder.lower(cell);
                long upper = finder.upper(cell);
                boolean unsafe = unsafe(space.value(cell), rules);
                ranges.add(new CellRange(space.firstTable(cell).name(), space.firstKey(cell), space.value(cell),
                        lower, upper, unsafe, !unsafe || sufficient(space.value(cell), lower, upper, rules)));
            }
        }
        return ranges;
    }

    static String describe(SuppressionRules rules, String secondary) {
        return "threshold=" + rules.threshold() + " protection=" + rules.protection() + " zeros="
                + (rules.zerosUnsafe() ? "unsafe" : "safe") + " secondary=" + secondary + " " + METHOD;
    }

    static boolean unsafe(long count, SuppressionRules rules) {
        return count == 0 ? rules.zerosUnsafe() : count < rules.threshold();
    }

    /** The value the cell's range must reach down to: {@code value - protection}, or 0. */
    static long requiredLower(long value, SuppressionRules rules) {
        return Math.max(0, value - rules.protection());
    }

    static long requiredUpper(long value, SuppressionRules rules) {
        return Math.addExact(value, rules.protection());
    }

    static boolean sufficient(long value, long lower, long upper, SuppressionRules rules) {
        return lower <= requiredLower(value, rules) && upper >= requiredUpper(value, rules);
    }

    /** The pattern as one flag per logical cell, refusing a cell suppressed in one table and published in another. */
    static boolean[] suppressed(CellSpace space, List<Map<List<String>, CellStatus>> statuses) {
        if (statuses.size() != space.tables().size()) {
            throw new IllegalArgumentException("the pattern has statuses for " + statuses.size() + " tables, not "
                    + space.tables().size());
        }
        int n = space.size();
        boolean[] suppressed = new boolean[n];
        int[] publishedIn = new int[n];
        java.util.Arrays.fill(publishedIn, -1);
        for (int t = 0; t < statuses.size(); t++) {
            for (List<String> key : space.keys(t)) {
                CellStatus status = statuses.get(t).get(key);
                if (status == null) {
                    throw new IllegalArgumentException(CellSpace.describe(space.tables().get(t), key)
                            + " has no status in the pattern");
                }
                int cell = space.id(t, key);
                if (status == CellStatus.PUBLISHED) {
                    publishedIn[cell] = t;
                } else {
                    suppressed[cell] = true;
                }
            }
        }
        for (int cell = 0; cell < n; cell++) {
            if (suppressed[cell] && publishedIn[cell] >= 0) {
                throw space.unprotected(cell, "is suppressed there but published in "
                        + "table '" + space.tables().get(publishedIn[cell]).name() + "'; a cell shared by tables "
                        + "must be suppressed in all of them");
            }
        }
        return suppressed;
    }

    /**
     * Audits a pattern over the space, failing closed, and summarises it with the given method string; exact ranges
     * already found for components of this pattern are taken from {@code memory}.
     */
    static AuditSummary check(CellSpace space, boolean[] suppressed, SuppressionRules rules, String method,
            RangeFinder.Memory memory) {
        for (int cell = 0; cell < space.size(); cell++) {
            if (suppressed[cell] && space.isGrandTotal(cell)) {
                throw new IllegalArgumentException(space.name(cell) + " is a grand total; it is never suppressed");
            }
            if (!suppressed[cell] && unsafe(space.value(cell), rules)) {
                throw space.unprotected(cell, "is published although its count is "
                        + "unsafe; suppress it");
            }
        }
        RangeFinder finder = new RangeFinder(space, suppressed, true, memory);
        BigDecimal narrowest = null;
        for (int cell = 0; cell < space.size(); cell++) {
            if (!suppressed[cell] || !unsafe(space.value(cell), rules)) {
                continue;
            }
            long lower = finder.lower(cell);
            long upper = finder.upper(cell);
            if (!sufficient(space.value(cell), lower, upper, rules)) {
                throw space.unprotected(cell, "can be worked out from the published "
                        + "cells more closely than the protection allows; suppress more cells around it");
            }
            BigDecimal ratio = ratio(lower, upper, rules);
            if (ratio != null && (narrowest == null || ratio.compareTo(narrowest) < 0)) {
                narrowest = ratio;
            }
        }
        return summarise(space, suppressed, rules, method,
                narrowest == null ? BigDecimal.ZERO.setScale(RATIO_SCALE) : narrowest);
    }

    /**
     * How wide a suppressed cell's range is against the least the rule can ask of a range that starts there: a
     * range {@code [lower, upper]} with {@code lower > 0} must span {@code 2 * protection} for any value to pass,
     * one with {@code lower = 0} must reach {@code protection} (the lower side is clipped at 0). The ratio is taken
     * from the bounds alone, never from the cell's value: anyone can compute the bounds from the published cells,
     * while a ratio measured from the value (say {@code (upper - value) / protection}) would give the value away.
     * Null when protection is 0 (nothing is required).
     */
    private static BigDecimal ratio(long lower, long upper, SuppressionRules rules) {
        if (rules.protection() == 0) {
            return null;
        }
        long required = lower > 0 ? Math.multiplyExact(2, rules.protection()) : rules.protection();
        return BigDecimal.valueOf(upper - lower).divide(BigDecimal.valueOf(required), RATIO_SCALE, RATIO_ROUNDING);
    }

    /** Counts cells as they appear in the tables: a margin shared by two tables counts in each. */
    private static AuditSummary summarise(CellSpace space, boolean[] suppressed, SuppressionRules rules,
            String method, BigDecimal narrowest) {
        long cells = 0;
        long primary = 0;
        long secondary = 0;
        for (int t = 0; t < space.tables().size(); t++) {
            for (List<String> key : space.keys(t)) {
                int cell = space.id(t, key);
                cells++;
                if (suppressed[cell]) {
                    if (unsafe(space.value(cell), rules)) {
                        primary++;
                    } else {
                        secondary++;
                    }
                }
            }
        }
        return new AuditSummary(method, cells, primary, secondary, narrowest);
    }
}
