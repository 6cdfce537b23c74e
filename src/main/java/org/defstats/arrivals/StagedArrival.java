package org.defstats.arrivals;

/**
 * A checked arrivals row as the ingest steps stage it for one job execution; a total row has no period.
 */
record StagedArrival(long jobExecutionId, String inputRole, long lineNumber, String periodLabel, Long male,
        Long female, long total, boolean totalRow) {
}
