package org.defstats.cli;

import static org.defstats.cli.Defstats.FAILED;
import static org.defstats.cli.Defstats.OK;
import static org.defstats.cli.Defstats.USAGE;

import java.io.PrintStream;
import java.util.List;

import org.defstats.audit.CellDifference;
import org.defstats.audit.CsvTable;
import org.defstats.audit.TableDiff;

/** The command that checks published figures without the job repository: {@code compare}. */
final class AuditCommands {

    private final PrintStream out;
    private final PrintStream err;

    AuditCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int compare(Command.Compare command) throws java.io.IOException {
        CsvTable table = CsvTable.read(command.table());
        CsvTable published = CsvTable.read(command.published());
        List<CellDifference> differences;
        try {
            differences = TableDiff.compare(published, table, TableDiff.Matching.PUBLISHED_ROUNDING);
        }
        catch (IllegalArgumentException e) {
            err.println("defstats: " + e.getMessage());
            return USAGE;
        }
        if (differences.isEmpty()) {
            out.println("identical: every figure of " + published.name() + " matches " + table.name()
                    + " at its published rounding");
            return OK;
        }
        differences.forEach(d -> out.println(d.describe("published", "computed")));
        err.println("defstats: " + differences.size() + (differences.size() == 1 ? " figure differs" : " figures differ")
                + " from " + published.name());
        return FAILED;
    }
}
