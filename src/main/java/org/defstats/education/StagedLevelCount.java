package org.defstats.education;

/** A validated education row as the ingest step stages it for one job execution. */
record StagedLevelCount(long jobExecutionId, long lineNumber, int arrivalYear, String educationLevel, long persons) {
}
