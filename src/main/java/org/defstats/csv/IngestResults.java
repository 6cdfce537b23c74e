package org.defstats.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.defstats.stats.RowProblem;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The outcome of a job's ingest steps: a report per input, and the decision whether the inputs may be
 * used. A file that could not be read to its end is never used; rejected lines are skipped only up to the
 * job file's {@code max-rejects}.
 */
public final class IngestResults {

    private static final List<String> PROBLEMS = List.of(IngestNote.REJECTED, IngestNote.FATAL);

    private final long jobExecutionId;
    private final IngestNotes notes;
    private final Map<String, InputReport> reports;

    private IngestResults(long jobExecutionId, IngestNotes notes, Map<String, InputReport> reports) {
        this.jobExecutionId = jobExecutionId;
        this.notes = notes;
        this.reports = reports;
    }

    /** The results of the ingest steps of a job execution, for the inputs in {@code files} (role to name). */
    public static IngestResults of(JobExecution execution, IngestNotes notes, Map<String, String> files) {
        Map<String, Map<String, Long>> counts = notes.lineCounts(execution.getId());
        List<LineProblem> warnings = notes.problems(execution.getId(), List.of(IngestNote.WARNING));
        Map<String, InputReport> reports = new LinkedHashMap<>();
        // the partitions of a partitioned ingest each read a part of the input: their lines add up
        Map<String, Long> reads = new LinkedHashMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            ExecutionContext context = step.getExecutionContext();
            if (context.containsKey(CsvLineReader.INPUT_ROLE_KEY)) {
                reads.merge(context.getString(CsvLineReader.INPUT_ROLE_KEY), step.getReadCount(), Long::sum);
            }
        }
        // each part read the header, so any part's context tells the encoding and the columns
        for (StepExecution step : execution.getStepExecutions()) {
            ExecutionContext context = step.getExecutionContext();
            if (!context.containsKey(CsvLineReader.INPUT_ROLE_KEY)) {
                continue;
            }
            String role = context.getString(CsvLineReader.INPUT_ROLE_KEY);
            String file = files.get(role);
            if (file == null || reports.containsKey(role)) {
                continue;
            }
            Map<String, Long> kinds = counts.getOrDefault(role, Map.of());
            long noted = kinds.values().stream().mapToLong(Long::longValue).sum()
                    - kinds.getOrDefault(IngestNote.WARNING, 0L);
            long headerWarnings = kinds.containsKey(IngestNote.WARNING) ? 1 : 0;
            long rows = Math.max(0, reads.get(role) - noted - headerWarnings);
            reports.put(role, new InputReport(role, file, context.getString(CsvLineReader.ENCODING_KEY, ""), rows,
                    kinds.getOrDefault(IngestNote.TOTAL, 0L), kinds.getOrDefault("footnote", 0L),
                    kinds.getOrDefault("empty", 0L), context.getLong(CsvLineReader.EMPTY_COLUMNS_KEY, 0L),
                    kinds.getOrDefault(IngestNote.REJECTED, 0L),
                    warnings.stream().filter(w -> w.file().equals(file)).toList(),
                    columns(context.getString(CsvLineReader.COLUMNS_KEY, ""))));
        }
        return new IngestResults(execution.getId(), notes, reports);
    }

    public List<InputReport> reports() {
        return List.copyOf(reports.values());
    }

    /**
     * Refuses the inputs when a file could not be read to its end, more lines were rejected than
     * {@code maxRejects} allows or lines were rejected in an input whose rows do not stand alone (only the
     * {@code skippableRoles} may lose a row without changing other figures), or rows break a rule taken together ({@code acrossRows}); the exception carries
     * every problem (up to the stored limit), in file and line order. When the lines themselves are refused, the
     * problems across rows that a missing row could cause ({@code needEveryRow}, which the job type names) are left out, since a rejected
     * line may be that row; lines that max-rejects lets through are skipped rows, and every rule applies.
     */
    public void requireUsable(long maxRejects, java.util.Set<String> skippableRoles,
            java.util.Set<String> needEveryRow, List<LineProblem> acrossRows) {
        long fatal = notes.problemCount(jobExecutionId, List.of(IngestNote.FATAL));
        long rejected = reports.values().stream().mapToLong(InputReport::rejected).sum();
        boolean unskippable = reports.values().stream()
                .anyMatch(r -> r.rejected() > 0 && !skippableRoles.contains(r.role()));
        boolean linesRefused = fatal > 0 || rejected > maxRejects || unskippable;
        List<LineProblem> across = !linesRefused ? acrossRows
                : acrossRows.stream().filter(p -> !needEveryRow.contains(p.rule())).toList();
        if (!linesRefused && across.isEmpty()) {
            return;
        }
        List<LineProblem> problems = new ArrayList<>();
        long total = across.size();
        if (linesRefused) {
            problems.addAll(notes.problems(jobExecutionId, PROBLEMS));
            total += notes.problemCount(jobExecutionId, PROBLEMS);
        }
        problems.addAll(across);
        problems.sort(java.util.Comparator.comparing(LineProblem::file).thenComparingLong(LineProblem::line)
                .thenComparingInt(LineProblem::column));
        String summary = fatal > 0 ? "an input could not be read"
                : total + (total == 1 ? " problem" : " problems") + " in the inputs"
                        + (linesRefused && maxRejects > 0 ? (unskippable ? ", in an input whose lines max-rejects "
                                + "cannot skip" : ", more rejected lines than the " + maxRejects
                                + " that max-rejects allows") : "");
        throw new InputRejectedException(summary, problems.subList(0, Math.min(problems.size(),
                IngestNotes.STORED_PROBLEMS)), total);
    }

    /** The problems of lines that were rejected and skipped because the job file allows them. */
    public List<LineProblem> skippedProblems() {
        return notes.problems(jobExecutionId, List.of(IngestNote.REJECTED));
    }

    public long skippedProblemCount() {
        return notes.problemCount(jobExecutionId, List.of(IngestNote.REJECTED));
    }

    /** Forgets the notes of this job execution once its run is published or refused. */
    public void forget() {
        notes.delete(jobExecutionId);
    }

    private static Map<String, Integer> columns(String text) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                columns.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
            }
        }
        return columns;
    }

    /**
     * Adds warnings about figures computed from an input (published, but doubtful), placed in its file, to its
     * report, so that the console and the manifest show them with the reading warnings.
     */
    public void warn(String role, List<RowProblem> warnings) {
        InputReport report = reports.get(role);
        if (report != null && !warnings.isEmpty()) {
            reports.put(role, report.withWarnings(placed(role, warnings)));
        }
    }

    /** Problems found across the rows of an input, placed in its file and columns. */
    public List<LineProblem> placed(String role, List<RowProblem> problems) {
        InputReport report = reports.get(role);
        String file = report == null ? role : report.file();
        return problems.stream().map(p -> new LineProblem(file, p.line(),
                report == null || p.line() == 0 ? 0 : report.column(p.column()), p.value(), p.rule(), p.message()))
                .toList();
    }

}
