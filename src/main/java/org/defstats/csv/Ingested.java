package org.defstats.csv;

import java.util.List;

/** What became of one record of an input: a staged row, a skipped line, or problems. */
public sealed interface Ingested<T> {

    long line();

    /** A row to stage; a total row is staged to be checked against the rows it totals, not counted. */
    record Accepted<T>(long line, T row, boolean totalRow) implements Ingested<T> {
    }

    /** A line that holds no figures: an empty row or a footnote. */
    record Skipped<T>(long line, String kind) implements Ingested<T> {
    }

    /**
     * Problems of a line or of the whole file; warnings do not stop a run, fatal problems (the file could not be
     * read to its end) cannot be allowed by max-rejects.
     */
    record Noted<T>(long line, Severity severity, List<LineProblem> problems) implements Ingested<T> {
    }

    /** How much a noted problem weighs. */
    enum Severity { WARNING, REJECTED, FATAL }
}
