package org.defstats.csv;

/**
 * A problem of an input file at a place: which file, line and column, the value found, the rule it breaks
 * and how to fix it.
 */
public class CsvInputException extends RuntimeException {

    private final String file;
    private final long line;
    private final int column;
    private final String value;
    private final String rule;

    public CsvInputException(String file, long line, int column, String value, String rule, String message) {
        super(file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message + " [" + rule + "]");
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
        this.rule = rule;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String value() {
        return value;
    }

    public String rule() {
        return rule;
    }
}
