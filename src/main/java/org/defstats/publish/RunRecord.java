package org.defstats.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.defstats.csv.InputReport;
import org.defstats.csv.LineProblem;
import org.defstats.disclosure.AuditSummary;

/**
 * What a manifest says about the run besides its outputs and revisions.
 *
 * @param inputs      what the ingest steps made of each input
 * @param rejects     lines skipped because the job file allows rejected lines (at most the stored limit)
 * @param rejectCount how many problems those lines had in all
 * @param disclosure  the audit of the disclosure control the job type applied, if it applied any
 */
public record RunRecord(String runId, long jobInstanceId, long jobExecutionId, Instant startedAt, Job job,
        List<InputReport> inputs, List<LineProblem> rejects, long rejectCount, Optional<AuditSummary> disclosure) {

    public RunRecord {
        inputs = List.copyOf(inputs);
        rejects = List.copyOf(rejects);
    }

    /** The record of a run without disclosure control. */
    public RunRecord(String runId, long jobInstanceId, long jobExecutionId, Instant startedAt, Job job,
            List<InputReport> inputs, List<LineProblem> rejects, long rejectCount) {
        this(runId, jobInstanceId, jobExecutionId, startedAt, job, inputs, rejects, rejectCount, Optional.empty());
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
