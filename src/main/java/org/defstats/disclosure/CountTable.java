package org.defstats.disclosure;

import java.util.List;
import java.util.Map;

/**
 * A frequency table before protection: a count for every combination of its dimensions' categories, and every
 * margin and the grand total, where {@link #TOTAL} stands for "all categories" of a dimension. It holds the
 * unprotected counts, so it never leaves the run's work: only a {@link ProtectedTable} is published.
 *
 * @param name       the table's name, as the job file gives it ({@code arrival_year-sex})
 * @param dimensions the dimensions' names, in the order of each key's values ({@code [arrival_year, sex]})
 * @param counts     the counts by key: one category (or {@link #TOTAL}) per dimension
 */
public record CountTable(String name, List<String> dimensions, Map<List<String>, Long> counts) {

    /** The category that stands for every category of a dimension (SDMX's code for a total). */
    public static final String TOTAL = "_T";

    public CountTable {
        dimensions = List.copyOf(dimensions);
        counts = Map.copyOf(counts);
    }
}
