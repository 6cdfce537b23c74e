package org.defstats.cli;

import static org.defstats.cli.Defstats.FAILED;
import static org.defstats.cli.Defstats.OK;
import static org.defstats.cli.Defstats.USAGE;
import static org.defstats.cli.Defstats.shown;

import java.io.PrintStream;
import java.util.List;

import org.defstats.audit.CellDifference;
import org.defstats.audit.CsvTable;
import org.defstats.audit.RunFolderCheck;
import org.defstats.audit.TableDiff;

/** The commands that check published files without the job repository: {@code verify} and {@code compare}. */
final class AuditCommands {

    private final PrintStream out;
    private final PrintStream err;

    AuditCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int verify(Command.Verify command) throws java.io.IOException {
        List<RunFolderCheck.Finding> findings = RunFolderCheck.check(command.runDir());
        if (findings.isEmpty()) {
            out.println("verified: every file of " + shown(command.runDir()) + " matches its manifest");
            return OK;
        }
        findings.forEach(f -> out.println(f.describe()));
        err.println("defstats: " + findings.size() + (findings.size() == 1 ? " file does" : " files do")
                + " not match the manifest of " + shown(command.runDir()));
        return FAILED;
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
