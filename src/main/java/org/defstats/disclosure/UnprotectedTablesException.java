package org.defstats.disclosure;

/**
 * The audit found a suppressed cell whose value can be narrowed down from the published cells more than the
 * rules allow; the run fails closed. The message names the table and the cell's key, never its value or bounds.
 */
public class UnprotectedTablesException extends RuntimeException {

    public UnprotectedTablesException(String message) {
        super(message);
    }
}
