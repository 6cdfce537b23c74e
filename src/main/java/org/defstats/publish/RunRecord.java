package org.defstats.publish;

import java.time.Instant;
import java.util.Map;

import org.defstats.runs.RunParameters;

/**
 * What a manifest says about the run besides its outputs.
 *
 * @param rowsRead data lines read per input role
 */
public record RunRecord(String runId, long jobInstanceId, long jobExecutionId, Instant startedAt,
        RunParameters parameters, Map<String, Long> rowsRead) {
}
