package org.defstats.runs;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.batch.core.job.JobExecution;

/** Names a run folder: its start time in UTC, sortable, then the Spring Batch job execution id. */
public final class RunId {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private RunId() {
    }

    public static String of(JobExecution execution) {
        var start = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        return start.atZone(ZoneId.systemDefault()).withZoneSameInstant(ZoneOffset.UTC).format(FORMAT)
                + "-" + execution.getId();
    }

    /**
     * The Spring Batch job execution id at the end of a run id.
     *
     * @throws IllegalArgumentException when the text is not a run id
     */
    public static long executionId(String runId) {
        int dash = runId.lastIndexOf('-');
        try {
            return Long.parseLong(runId.substring(dash + 1));
        }
        catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("'" + runId + "' is not a run id such as 20261122T021508Z-1; see "
                    + "defstats history");
        }
    }
}
