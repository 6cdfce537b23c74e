package org.defstats.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.defstats.audit.TableRevisions;
import org.defstats.io.Json;
import org.defstats.jobs.JobType;
import org.defstats.jobs.JobTypes;
import org.defstats.output.TableSpec;
import org.defstats.output.OutputFile;
import org.defstats.publish.Manifest;
import org.defstats.publish.PublishedRecords;
import org.defstats.publish.Revisions;

import tools.jackson.databind.JsonNode;

/**
 * Compares a new run's tables with the figures of the previous published run as the job repository records them:
 * read from {@code latest/} or the run's folder only when its files are those the repository recorded, never from
 * files that may have been edited. Refuses the run ({@code dropped-rows}) when it would no longer publish rows the
 * previous run published, other than rows of tables that a changed setting shapes ({@link TableSpec#rowsShapedBy}),
 * unless its parameters accept that.
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
        if (!revisions.dropped().isEmpty() && !parameters.acceptDroppedRows()) {
            Set<String> changed = changedSettings(basis, parameters);
            List<TableSpec> specs = JobTypes.named(parameters.type()).map(JobType::tables).orElse(List.of());
            List<Revisions.DroppedRow> unasked = revisions.dropped().stream()
                    .filter(row -> !askedFor(row, specs, changed)).toList();
            if (!unasked.isEmpty()) {
                throw new PublicationRefusedException(droppedRows(unasked, previous, parameters.job()));
            }
        }
        return revisions;
    }

    /**
     * Whether a dropped row is the change asked for: its table's rows are shaped by a setting that changed (a
     * milestone taken out of the job file), so it is not an export cut short. A table the job type does not
     * declare is shaped by nothing.
     */
    private static boolean askedFor(Revisions.DroppedRow row, List<TableSpec> specs, Set<String> changed) {
        return specs.stream().filter(spec -> spec.describes(row.table())).findFirst()
                .map(spec -> spec.rowsShapedBy().stream().anyMatch(changed::contains)).orElse(false);
    }

    /**
     * The components of the settings record whose values differ between the previous run and this one; none when
     * the previous run's settings cannot be read, so that every dropped row is refused.
     */
    private static Set<String> changedSettings(PublishedBasis basis, RunParameters parameters) {
        JsonNode before;
        JsonNode now;
        try {
            before = Manifest.readIn(basis.intact().get()).content().parameters().settings();
            now = Json.MAPPER.readTree(parameters.settings());
        }
        catch (IOException | RuntimeException e) {
            return Set.of();
        }
        if (before == null || now == null) {
            return Set.of();
        }
        Set<String> names = new TreeSet<>(before.propertyNames());
        names.addAll(now.propertyNames());
        names.removeIf(name -> Objects.equals(before.get(name), now.get(name)));
        return names;
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
