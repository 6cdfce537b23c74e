package org.defstats.publish;

/**
 * The run that {@code JOB/latest/} shows ({@link LatestFolder#shown()}): its id and the fingerprint of the inputs
 * and settings it was made from.
 */
public record LatestRun(String runId, String fingerprint) {
}
