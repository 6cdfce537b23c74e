package org.defstats.register;

/**
 * The count of one cell of one table, as a register's fold stages it for the publish step: unprotected, so it
 * stays in the run's stage folder and is deleted with it.
 *
 * @param table the table's position in the job file
 * @param index the cell's position in the table's array of counts (see {@link Tabulation})
 */
public record Cell(int table, int index, long count) {
}
