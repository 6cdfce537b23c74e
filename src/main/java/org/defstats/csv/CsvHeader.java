package org.defstats.csv;

import java.util.List;
import java.util.Map;

/**
 * Where a job's columns are in one input: the column number (from 1) of each canonical column found,
 * and how many columns the header names (trailing empty columns of spreadsheet exports left out).
 */
public record CsvHeader(List<Column> columns, Map<String, Integer> numbers, int width) {

    public CsvHeader {
        columns = List.copyOf(columns);
        numbers = Map.copyOf(numbers);
    }

    /** The column number of a canonical column, 0 when this input does not have it. */
    public int number(String column) {
        return numbers.getOrDefault(column, 0);
    }
}
