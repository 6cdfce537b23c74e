package org.defstats.publish;

import org.defstats.output.Table;
import java.util.List;

import org.defstats.csv.LineProblem;

/** The rejects.csv table: one row per problem of an input, in the order they were found. */
public final class Rejects {

    public static final String FILE = "rejects.csv";

    private Rejects() {
    }

    public static Table table(List<LineProblem> problems) {
        return new Table(FILE, List.of("file", "line", "column", "value", "rule", "message"),
                problems.stream().map(p -> List.of(p.file(), Long.toString(p.line()), Integer.toString(p.column()),
                        p.value(), p.rule(), p.message())).toList());
    }
}
