package org.defstats.education;

import java.util.Locale;

/** Education levels at arrival, in the order of MOU tables. */
public enum Level {
    NONE, PRESCHOOL, KINDERGARTEN, PRIMARY, SECONDARY, JUNIOR_COLLEGE, UNIVERSITY, UNKNOWN;

    /** The name used in inputs, job files and outputs, e.g. {@code junior_college}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
