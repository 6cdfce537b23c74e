package org.defstats.education;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Education levels at arrival, in the order of MOU tables. */
public enum Level {
    NONE, PRESCHOOL, KINDERGARTEN, PRIMARY, SECONDARY, JUNIOR_COLLEGE, UNIVERSITY, UNKNOWN;

    /** The name used in inputs, job files and outputs, e.g. {@code junior_college}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level of a code, e.g. {@code junior_college}. */
    public static Optional<Level> ofCode(String code) {
        return Arrays.stream(values()).filter(level -> level.code().equals(code)).findFirst();
    }

    /** All codes, in order, for messages that list them. */
    public static String codes() {
        return Arrays.stream(values()).map(Level::code).collect(Collectors.joining(", "));
    }
}
