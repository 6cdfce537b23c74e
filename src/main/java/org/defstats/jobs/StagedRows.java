package org.defstats.jobs;

import java.util.List;

/** The rows the line rules staged for a run, by input role, as a job type's checks and statistics read them. */
public interface StagedRows {

    /** The data rows of an input, in line order; empty when the job file leaves the input out. */
    <S extends Record> List<S> rows(InputRole<S> role);

    /** The total rows of an input, in line order, which are checked against the rows they total. */
    <S extends Record> List<S> totalRows(InputRole<S> role);

    /** Whether the job file names this input. */
    boolean given(InputRole<?> role);
}
