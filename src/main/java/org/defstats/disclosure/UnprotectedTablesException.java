package org.defstats.disclosure;

/**
 * The audit found a suppressed cell whose value can be narrowed down from the published cells more than the
 * rules allow; the run fails closed. The message names the table and the cell's key, never its value or bounds;
 * {@link #withoutCell} names the table only, for what leaves the process (console, log): that a cell cannot be
 * protected tells that its count is small.
 */
public class UnprotectedTablesException extends RuntimeException {

    private final String withoutCell;

    public UnprotectedTablesException(String message) {
        this(message, message);
    }

    UnprotectedTablesException(String message, String withoutCell) {
        super(message);
        this.withoutCell = withoutCell;
    }

    /** What went wrong and how to fix it, naming the table but not the cell. */
    public String withoutCell() {
        return withoutCell;
    }
}
