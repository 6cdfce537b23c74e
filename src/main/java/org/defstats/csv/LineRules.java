package org.defstats.csv;

/**
 * A job type's rules for one data line of an input: whether it is a total row, and the row to stage, or null
 * after recording its problems on the {@link LineCheck}.
 */
public interface LineRules<S> {

    S apply(LineCheck check);

    boolean isTotalRow(CsvLine line);
}
