package org.defstats.disclosure;

/** Whether a cell of a protected table is published, and if not, why. */
public enum CellStatus {
    /** Published with its count. */
    PUBLISHED,
    /** Suppressed because its count is unsafe. */
    PRIMARY,
    /** Suppressed so that no unsafe count can be worked out from the published ones. */
    SECONDARY
}
