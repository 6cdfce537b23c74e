package org.defstats.publish;

import java.time.Instant;
import java.util.List;

import org.defstats.csv.InputReport;
import org.defstats.csv.LineProblem;
import org.defstats.runs.RunParameters;

/**
 * What a manifest says about the run besides its outputs.
 *
 * @param inputs      what the ingest steps made of each input
 * @param rejects     lines skipped because the job file allows rejected lines (at most the stored limit)
 * @param rejectCount how many problems those lines had in all
 */
public record RunRecord(String runId, long jobInstanceId, long jobExecutionId, Instant startedAt,
        RunParameters parameters, List<InputReport> inputs, List<LineProblem> rejects, long rejectCount) {

    public RunRecord {
        inputs = List.copyOf(inputs);
        rejects = List.copyOf(rejects);
    }
}
