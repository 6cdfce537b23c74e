package org.defstats.arrivals;

/** A validated arrivals row as the ingest steps stage it for one job execution. */
record StagedArrival(long jobExecutionId, String inputRole, long lineNumber, String periodLabel, Long male,
        Long female, long total) {
}
