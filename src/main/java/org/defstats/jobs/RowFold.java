package org.defstats.jobs;

import java.util.List;

/**
 * Folds the rows of an input into cells while the input is read, for a job type whose statistics need counts of
 * its rows rather than the rows: nothing is staged row by row, and memory follows the number of cells. One fold
 * reads one step execution's rows, in line order; a failed or restarted step starts a new fold from the first
 * line, so no chunk is ever counted twice.
 *
 * @param <S> the row the line rules give
 * @param <C> the cell record that is staged for the publish step
 */
public interface RowFold<S extends Record, C extends Record> {

    void add(S row);

    /** The cells of every row added, staged when the input has been read to its end. */
    List<C> cells();
}
