package org.defstats.runs;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.defstats.csv.IngestResults;
import org.defstats.csv.InputReport;
import org.defstats.disclosure.AuditSummary;
import org.defstats.output.OutputFile;
import org.defstats.publish.PublishedRecords;
import org.defstats.publish.PublishedRun;
import org.defstats.publish.Revisions;
import org.defstats.publish.RunDocument;
import org.defstats.publish.RunPublisher;
import org.defstats.publish.RunRecord;
import org.springframework.batch.core.job.JobExecution;

/** Builds the record of a run that its manifest shows, from its Spring Batch job execution. */
public final class RunRecords {

    /** How the name of every job's last step, the one that publishes, ends ({@code arrivalsPublishStep}). */
    public static final String PUBLISH_STEP = "PublishStep";

    /** Job execution context key of the run id, so that later commands find the run folder. */
    public static final String RUN_ID_KEY = "defstats.runId";
    /** Job execution context key of the number of figures the run revised. */
    public static final String REVISIONS_KEY = "defstats.revisions";
    /** Job execution context key of the line that says what was read. */
    public static final String SUMMARY_KEY = "defstats.summary";
    /** Job execution context key of the warnings about the inputs, one per line. */
    public static final String WARNINGS_KEY = "defstats.warnings";
    /** Job execution context key of the tables with revised figures, comma-separated. */
    public static final String REVISED_TABLES_KEY = "defstats.revisedTables";

    private RunRecords() {
    }

    /**
     * Publishes the files of a job execution's run with what its ingest steps made of the inputs, and records
     * the run id in the job execution context, so that a later "current" run can name it.
     *
     * @param documents files made from the run's own (report.html), listed in the manifest with them
     */
    public static PublishedRun publish(RunPublisher publisher, PublishedRecords records, JobExecution execution,
            IngestResults ingest, List<OutputFile> files, List<RunDocument> documents) {
        return publish(publisher, records, execution, ingest, files, documents, Optional.empty());
    }

    /**
     * {@link #publish(RunPublisher, PublishedRecords, JobExecution, IngestResults, List, List)} of a run whose
     * tables went through disclosure control, with its audit (in the manifest and the console line).
     */
    public static PublishedRun publish(RunPublisher publisher, PublishedRecords records, JobExecution execution,
            IngestResults ingest, List<OutputFile> files, List<RunDocument> documents,
            Optional<AuditSummary> disclosure) {
        var start = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        RunRecord record = new RunRecord(RunId.of(execution), execution.getJobInstanceId(), execution.getId(),
                start.atZone(ZoneId.systemDefault()).toInstant(), RunParameters.from(execution.getJobParameters()).published(),
                ingest.reports(), ingest.skippedProblems(), ingest.skippedProblemCount(), disclosure);
        RunParameters parameters = RunParameters.from(execution.getJobParameters());
        Revisions revisions = PreviousFigures.revisions(records, parameters, files);
        PublishedRun run = publisher.publish(record, files, revisions, documents);
        execution.getExecutionContext().putString(RUN_ID_KEY, run.runId());
        execution.getExecutionContext().putInt(REVISIONS_KEY, run.revisions());
        execution.getExecutionContext().putString(REVISED_TABLES_KEY, String.join(",", revisions.tables()));
        execution.getExecutionContext().putString(SUMMARY_KEY, summary(record)
                + disclosure.map(RunRecords::disclosure).orElse(""));
        execution.getExecutionContext().putString(WARNINGS_KEY, String.join("\n", record.inputs().stream()
                .flatMap(i -> i.warnings().stream()).map(w -> w.describe()).toList()));
        return run;
    }

    /** The id of an execution's run: the one it published under, else the one its start time and id make. */
    static String runId(JobExecution execution) {
        return execution.getExecutionContext().containsKey(RUN_ID_KEY)
                ? execution.getExecutionContext().getString(RUN_ID_KEY)
                : RunId.of(execution);
    }

    /** {@code yearly 26 rows, partial-periods 24 rows (1 total row, 2 footnotes skipped)}. */
    static String summary(RunRecord record) {
        return summary(record.inputs());
    }

    static String summary(List<InputReport> inputs) {
        List<String> parts = new java.util.ArrayList<>();
        for (InputReport input : inputs) {
            List<String> skipped = new java.util.ArrayList<>();
            count(skipped, input.totalRows(), "total row");
            count(skipped, input.footnotes(), "footnote");
            count(skipped, input.emptyLines(), "empty line");
            count(skipped, input.rejected(), "rejected line");
            parts.add(input.role() + " " + input.rows() + (input.rows() == 1 ? " row" : " rows")
                    + (skipped.isEmpty() ? "" : " (" + String.join(", ", skipped) + " skipped)"));
        }
        return String.join(", ", parts);
    }

    /**
     * {@code ; disclosure control: 14 of 312 cells suppressed (6 primary, 8 secondary), narrowest range 1.33 times
     * the protection}: what the console line says of the audit, which holds no suppressed count.
     */
    static String disclosure(AuditSummary audit) {
        long suppressed = audit.primary() + audit.secondary();
        return "; disclosure control: " + suppressed + " of " + audit.cells() + " cells suppressed (" + audit.primary()
                + " primary, " + audit.secondary() + " secondary)" + (suppressed == 0 ? ""
                        : ", narrowest range " + audit.narrowestRatio().stripTrailingZeros().toPlainString()
                                + " times the protection");
    }

    private static void count(List<String> parts, long n, String what) {
        if (n > 0) {
            parts.add(n + " " + what + (n == 1 ? "" : "s"));
        }
    }
}
