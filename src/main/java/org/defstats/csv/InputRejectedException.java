package org.defstats.csv;

import java.util.List;

/**
 * Ends a job whose inputs break rules: the problems found (at most {@link IngestNotes#STORED_PROBLEMS}) and
 * how many there were in all.
 */
public class InputRejectedException extends RuntimeException {

    private final List<LineProblem> problems;
    private final long total;

    public InputRejectedException(String summary, List<LineProblem> problems, long total) {
        super(summary + (problems.isEmpty() ? "" : ": " + problems.get(0).describe()
                + (total > 1 ? " (and " + (total - 1) + " more)" : "")));
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public List<LineProblem> problems() {
        return problems;
    }

    public long total() {
        return total;
    }
}
