package org.defstats.jobs;

import java.util.List;

/** The rows the line rules staged for a run, by input role, as a job type's checks and statistics read them. */
public interface StagedRows {

    /** The data rows of an input, in line order; empty when the job file leaves the input out. */
    <S extends Record> List<S> rows(InputRole<S> role);

    /** The total rows of an input, in line order, which are checked against the rows they total. */
    <S extends Record> List<S> totalRows(InputRole<S> role);

    /**
     * The cells the {@link Folding} of an input staged (of every part the input was read in, one after another);
     * empty when the job file leaves the input out.
     */
    <C extends Record> List<C> cells(InputRole<?> role, Class<C> cellType);

    /** Whether the job file names this input. */
    boolean given(InputRole<?> role);
}
