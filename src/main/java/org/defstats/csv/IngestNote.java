package org.defstats.csv;

/**
 * A line of an input that was not staged as a data row, as the ingest steps record it for one job execution:
 * skipped ({@code empty}, {@code footnote}), a {@code total} row, or a {@code warning}, {@code rejected} or
 * {@code fatal} problem (one note per problem).
 */
record IngestNote(long jobExecutionId, String inputRole, long lineNumber, int seq, String kind, String fileName,
        int columnNumber, String cellValue, String ruleName, String message) {

    static final String TOTAL = "total";
    static final String WARNING = "warning";
    static final String REJECTED = "rejected";
    static final String FATAL = "fatal";

    LineProblem problem() {
        return new LineProblem(fileName, lineNumber, columnNumber, cellValue, ruleName, message);
    }
}
