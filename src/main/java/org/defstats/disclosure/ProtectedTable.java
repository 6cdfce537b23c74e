package org.defstats.disclosure;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A frequency table that is safe to publish: every key of its {@link CountTable} with its status, and the count of
 * the published cells only; a suppressed cell's count is not held here at all.
 *
 * @param name       the table's name
 * @param dimensions the dimensions' names
 * @param status     every key's status
 * @param published  the counts of the keys whose status is {@link CellStatus#PUBLISHED}
 */
public record ProtectedTable(String name, List<String> dimensions, Map<List<String>, CellStatus> status,
        Map<List<String>, Long> published) {

    public ProtectedTable {
        dimensions = List.copyOf(dimensions);
        status = Map.copyOf(status);
        published = Map.copyOf(published);
    }

    /** The published count of a key, or empty where it is suppressed. */
    public OptionalLong count(List<String> key) {
        Long count = published.get(key);
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }
}
