package org.defstats.disclosure;

import java.math.BigDecimal;

/**
 * What disclosure control did to a job's tables, safe to publish: no suppressed count, no bound of one.
 *
 * @param method         the method and its parameters, as the manifest and the fingerprint name them
 * @param cells          how many cells the tables have, margins included
 * @param primary        how many cells were suppressed as unsafe
 * @param secondary      how many further cells were suppressed to protect them
 * @param narrowestRatio the smallest, over the suppressed cells, of the width of the cell's feasible range on its
 *                       narrower side divided by the protection it needs (at least 1 when the audit passes; 0 when
 *                       nothing was suppressed)
 */
public record AuditSummary(String method, long cells, long primary, long secondary, BigDecimal narrowestRatio) {
}
