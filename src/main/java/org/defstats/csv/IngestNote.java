package org.defstats.csv;

/**
 * A problem or warning of an input line as the ingest steps keep it for one job execution: a {@code warning},
 * {@code rejected} or {@code fatal} problem (one note per problem). Lines that are skipped ({@code empty},
 * {@code footnote}) or are {@code total} rows are only counted.
 */
record IngestNote(long jobExecutionId, String inputRole, long lineNumber, int seq, String kind, String fileName,
        int columnNumber, String cellValue, String ruleName, String message) {

    static final String TOTAL = "total";
    static final String WARNING = "warning";
    static final String REJECTED = "rejected";
    static final String FATAL = "fatal";

    static IngestNote of(long jobExecutionId, String role, long line, int seq, String kind, LineProblem problem) {
        return new IngestNote(jobExecutionId, role, line, seq, kind, problem.file(), problem.column(),
                problem.value(), problem.rule(), problem.message());
    }

    LineProblem problem() {
        return new LineProblem(fileName, lineNumber, columnNumber, cellValue, ruleName, message);
    }
}
