package org.defstats.csv;

/** Thrown where one problem of an input stops the reading of a line or a file. */
public class CsvInputException extends RuntimeException {

    private final LineProblem problem;

    public CsvInputException(LineProblem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public CsvInputException(String file, long line, int column, String value, String rule, String message) {
        this(new LineProblem(file, line, column, value, rule, message));
    }

    public LineProblem problem() {
        return problem;
    }
}
