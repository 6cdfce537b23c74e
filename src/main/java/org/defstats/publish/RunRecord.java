package org.defstats.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.defstats.csv.InputReport;
import org.defstats.csv.LineProblem;

/**
 * What a manifest says about the run besides its outputs and revisions.
 *
 * @param inputs      what the ingest steps made of each input
 * @param rejects     lines skipped because the job file allows rejected lines (at most the stored limit)
 * @param rejectCount how many problems those lines had in all
 */
public record RunRecord(String runId, long jobInstanceId, long jobExecutionId, Instant startedAt, Job job,
        List<InputReport> inputs, List<LineProblem> rejects, long rejectCount) {

    public RunRecord {
        inputs = List.copyOf(inputs);
        rejects = List.copyOf(rejects);
    }

    /**
     * The job a run belongs to and what it was given.
     *
     * @param outputDir the output folder the run is published in
     * @param files     the input files, as archived for the run
     */
    public record Job(String name, String type, Path outputDir, RunManifest.Parameters parameters,
            RunManifest.JobFile jobFile, List<InputFile> files) {

        public Job {
            files = List.copyOf(files);
        }
    }
}
