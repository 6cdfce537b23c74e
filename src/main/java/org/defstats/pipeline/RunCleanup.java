package org.defstats.pipeline;

import org.defstats.csv.IngestNotes;
import org.defstats.runs.RunParameters;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Deletes what a job execution staged and noted when it ends, however it ends (published, refused, failed or
 * stopped; and killed, when the next run settles it): a restart ingests again from the first line, so nothing of it
 * is needed later.
 */
public final class RunCleanup implements JobExecutionListener {

    private final IngestNotes notes;

    public RunCleanup(IngestNotes notes) {
        this.notes = notes;
    }

    @Override
    public void afterJob(JobExecution execution) {
        RunParameters parameters = RunParameters.from(execution.getJobParameters());
        StageFolder.of(parameters.outputDir(), parameters.job(), execution.getId()).delete();
        notes.delete(execution.getId());
    }
}
