package org.defstats.csv;

import java.util.List;
import java.util.Map;

/**
 * What the ingest step made of one input, as the manifest shows it.
 *
 * @param rows         data rows staged (total rows not included)
 * @param totalRows    total rows, checked against the rows they total and not counted
 * @param footnotes    footnote lines skipped
 * @param emptyLines   empty lines skipped
 * @param emptyColumns trailing empty columns of the header skipped
 * @param rejected     lines with problems (skipped only when the job file allows them)
 * @param columns      the column number of each column the job reads
 */
public record InputReport(String role, String file, String encoding, long rows, long totalRows, long footnotes,
        long emptyLines, long emptyColumns, long rejected, List<LineProblem> warnings, Map<String, Integer> columns) {

    public InputReport {
        warnings = List.copyOf(warnings);
        columns = Map.copyOf(columns);
    }

    /** This report with more warnings, about figures computed from the input. */
    public InputReport withWarnings(List<LineProblem> more) {
        List<LineProblem> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new InputReport(role, file, encoding, rows, totalRows, footnotes, emptyLines, emptyColumns, rejected,
                all, columns);
    }

    /** The number of a column in this input, 0 when it has none. */
    public int column(String name) {
        return columns.getOrDefault(name, 0);
    }
}
