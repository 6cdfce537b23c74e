package org.defstats.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of ingested records: data and total rows to the run's staging, and what became of every other
 * line to the ingest notes (counted per kind; problems kept up to a limit), in the chunk's transaction.
 */
public class IngestWriter<T> implements ItemWriter<Ingested<T>> {

    /** Where the accepted rows of a chunk go. */
    public interface RowSink<T> {
        void stage(List<Ingested.Accepted<T>> rows) throws Exception;
    }

    private final long jobExecutionId;
    private final String role;
    private final RowSink<T> rows;
    private final IngestNotes notes;

    public IngestWriter(long jobExecutionId, String role, RowSink<T> rows, IngestNotes notes) {
        this.jobExecutionId = jobExecutionId;
        this.role = role;
        this.rows = rows;
        this.notes = notes;
    }

    @Override
    public void write(Chunk<? extends Ingested<T>> chunk) throws Exception {
        List<Ingested.Accepted<T>> staged = new ArrayList<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        List<IngestNote> problems = new ArrayList<>();
        for (Ingested<T> item : chunk) {
            if (item instanceof Ingested.Accepted<T> accepted) {
                staged.add(accepted);
                if (accepted.totalRow()) {
                    count(counts, IngestNote.TOTAL, 0);
                }
            }
            else if (item instanceof Ingested.Skipped<T> skipped) {
                count(counts, skipped.kind(), 0);
            }
            else if (item instanceof Ingested.Noted<T> noted) {
                String kind = switch (noted.severity()) {
                    case WARNING -> IngestNote.WARNING;
                    case REJECTED -> IngestNote.REJECTED;
                    case FATAL -> IngestNote.FATAL;
                };
                count(counts, kind, noted.problems().size());
                for (int i = 0; i < noted.problems().size(); i++) {
                    problems.add(IngestNote.of(jobExecutionId, role, item.line(), i, kind, noted.problems().get(i)));
                }
            }
        }
        if (!staged.isEmpty()) {
            rows.stage(staged);
        }
        notes.record(jobExecutionId, role, counts, problems);
    }

    /** One more line of a kind, with its problems. */
    private static void count(Map<String, long[]> counts, String kind, long problems) {
        long[] count = counts.computeIfAbsent(kind, k -> new long[2]);
        count[0]++;
        count[1] += problems;
    }
}
