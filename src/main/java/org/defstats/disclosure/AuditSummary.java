package org.defstats.disclosure;

import java.math.BigDecimal;

/**
 * What disclosure control did to a job's tables, safe to publish: no suppressed count, no bound of one.
 *
 * @param method         the method and its parameters, as the manifest and the fingerprint name them
 * @param cells          how many cells the tables have, margins included
 * @param primary        how many cells were suppressed as unsafe
 * @param secondary      how many further cells were suppressed to protect them (all three count cells as the
 *                       tables hold them: a margin shared by two tables counts in each)
 * @param narrowestRatio the smallest, over the unsafe cells, of the width of the cell's feasible range divided by
 *                       the least width the rules can ask of a range that starts where it does: {@code 2 * protection}
 *                       when its lower bound is above 0, {@code protection} when it is 0 (the lower side is clipped
 *                       there); scale 2, rounded down. It is taken from the bounds alone, which anyone can compute
 *                       from the published cells, never from a suppressed value, which a ratio such as
 *                       {@code (upper - value) / protection} would give away. At least 1 when the audit passes and
 *                       protection is positive; 0 when nothing was suppressed or protection is 0
 */
public record AuditSummary(String method, long cells, long primary, long secondary, BigDecimal narrowestRatio) {
}
