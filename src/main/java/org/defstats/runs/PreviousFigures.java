package org.defstats.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.defstats.audit.TableRevisions;
import org.defstats.io.Json;
import org.defstats.output.OutputFile;
import org.defstats.publish.Manifest;
import org.defstats.publish.PublishedRecords;
import org.defstats.publish.Revisions;

/**
 * Compares a new run's tables with the figures of the previous published run as the job repository records them:
 * read from {@code latest/} or the run's folder only when its files are those the repository recorded, never from
 * files that may have been edited. Refuses the run ({@code dropped-rows}) when it would no longer publish rows the
 * previous run published with the same settings, unless its parameters accept that.
 */
final class PreviousFigures {

    /** How many dropped rows a refusal names; the count says how many there are. */
    static final int NAMED_ROWS = 10;

    private PreviousFigures() {
    }

    static Revisions revisions(PublishedRecords records, RunParameters parameters, List<OutputFile> files) {
        PublishedBasis basis = PublishedBasis.of(records, parameters.outputDir(), parameters.job());
        if (basis.record().isEmpty()) {
            return Revisions.none();
        }
        String previous = basis.runId();
        if (basis.intact().isEmpty()) {
            if (parameters.acceptDroppedRows()) {
                return Revisions.none();
            }
            throw new PublicationRefusedException("the figures run " + previous + " published cannot be read back to "
                    + "compare with: " + basis.findings().get(0) + (basis.findings().size() > 1 ? " (and "
                    + (basis.findings().size() - 1) + (basis.findings().size() == 2 ? " more file)" : " more files)")
                    : "") + "; restore "
                    + parameters.outputDir().resolve(parameters.job()).resolve("runs").resolve(previous)
                    + " from a backup, or publish without comparing: defstats run " + parameters.job()
                    + " --accept-dropped-rows");
        }
        Revisions revisions;
        try {
            revisions = TableRevisions.since(basis.intact().get(), files);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the tables of run " + previous + " in " + basis.intact().get()
                    + ": " + e.getMessage(), e);
        }
        if (!revisions.dropped().isEmpty() && !parameters.acceptDroppedRows() && sameSettings(basis, parameters)) {
            throw new PublicationRefusedException(droppedRows(revisions.dropped(), previous, parameters.job()));
        }
        return revisions;
    }

    /**
     * Whether the previous run had the settings of this one: rows that a changed setting drops (a milestone taken
     * out of the job file) are the change asked for, not an export cut short.
     */
    private static boolean sameSettings(PublishedBasis basis, RunParameters parameters) {
        try {
            return Manifest.readIn(basis.intact().get()).content().parameters().settings()
                    .equals(Json.MAPPER.readTree(parameters.settings()));
        }
        catch (IOException e) {
            return true;
        }
    }

    /** The one line of a {@code dropped-rows} refusal, naming the first rows. */
    static String droppedRows(List<Revisions.DroppedRow> dropped, String previousRunId, String job) {
        String named = dropped.stream().limit(NAMED_ROWS).map(Revisions.DroppedRow::describe)
                .collect(Collectors.joining(", "));
        int more = dropped.size() - Math.min(NAMED_ROWS, dropped.size());
        return "[dropped-rows] this run would no longer publish " + dropped.size() + (dropped.size() == 1 ? " row"
                : " rows") + " that run " + previousRunId + " published: " + named + (more > 0 ? " and " + more
                + " more" : "") + " (an export cut short?); check the inputs, then publish with: defstats run " + job
                + " --accept-dropped-rows, or set 'dropped-rows: allow' in the job file";
    }
}
