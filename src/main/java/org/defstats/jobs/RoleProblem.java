package org.defstats.jobs;

import org.defstats.stats.RowProblem;

/** A problem across rows, with the input role whose file it is placed in. */
public record RoleProblem(String role, RowProblem problem) {
}
