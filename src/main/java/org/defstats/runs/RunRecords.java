package org.defstats.runs;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.defstats.csv.CsvLineReader;
import org.defstats.publish.OutputFile;
import org.defstats.publish.PublishedRun;
import org.defstats.publish.RunPublisher;
import org.defstats.publish.RunRecord;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Builds the record of a run that its manifest shows, from its Spring Batch job execution. */
public final class RunRecords {

    /** Job execution context key of the run id, so that later commands find the run folder. */
    public static final String RUN_ID_KEY = "defstats.runId";

    private RunRecords() {
    }

    /**
     * Publishes the files of a job execution's run and records the run id in the job execution context,
     * so that a later "current" run can name it.
     */
    public static PublishedRun publish(RunPublisher publisher, JobExecution execution, List<OutputFile> files) {
        PublishedRun run = publisher.publish(of(execution), files);
        execution.getExecutionContext().putString(RUN_ID_KEY, run.runId());
        return run;
    }

    public static RunRecord of(JobExecution execution) {
        Map<String, Long> rowsRead = new LinkedHashMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getExecutionContext().containsKey(CsvLineReader.INPUT_ROLE_KEY)) {
                rowsRead.put(step.getExecutionContext().getString(CsvLineReader.INPUT_ROLE_KEY), step.getReadCount());
            }
        }
        var start = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        return new RunRecord(RunId.of(execution), execution.getJobInstanceId(), execution.getId(),
                start.atZone(ZoneId.systemDefault()).toInstant(),
                RunParameters.from(execution.getJobParameters()), rowsRead);
    }
}
