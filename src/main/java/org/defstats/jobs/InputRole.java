package org.defstats.jobs;

import java.util.List;
import java.util.function.Supplier;

import org.defstats.csv.Column;
import org.defstats.csv.LineRules;

/**
 * An input a job type reads, as it declares it: the role's name under {@code inputs} in job files, the
 * columns it reads, its rules of one line, and the row those rules stage.
 *
 * @param name           the role, e.g. {@code yearly}
 * @param columns        the columns, with the English and Korean names exports give them
 * @param optional       whether a job file may leave the input out
 * @param rowsStandAlone whether a row can be missing without changing any other figure, so that
 *                       {@code max-rejects} may skip bad lines of this input
 * @param rowType        the record the line rules stage, which the job type's checks and statistics read
 * @param rules          makes the rules of one line for a run
 * @param folding        how the rows are folded into cells while read; null when they are staged one by one
 */
public record InputRole<S extends Record>(String name, List<Column> columns, boolean optional,
        boolean rowsStandAlone, Class<S> rowType, Supplier<? extends LineRules<S>> rules, Folding<S, ?> folding) {

    public InputRole {
        columns = List.copyOf(columns);
    }

    /** An input whose rows are staged one by one. */
    public InputRole(String name, List<Column> columns, boolean optional, boolean rowsStandAlone, Class<S> rowType,
            Supplier<? extends LineRules<S>> rules) {
        this(name, columns, optional, rowsStandAlone, rowType, rules, null);
    }
}
