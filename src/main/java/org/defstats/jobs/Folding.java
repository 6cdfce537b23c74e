package org.defstats.jobs;

import java.util.function.Function;

/**
 * How an input's rows are folded while they are read ({@link RowFold}), as its job type declares it.
 *
 * @param cellType the record the fold stages, which {@link StagedRows#cells} gives back
 * @param start    makes the fold of one step execution from the job's settings record
 */
public record Folding<S extends Record, C extends Record>(Class<C> cellType,
        Function<Record, ? extends RowFold<S, C>> start) {
}
