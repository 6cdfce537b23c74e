package org.defstats.csv;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of ingested records: data and total rows to the job's staging table, everything else to the
 * ingest notes, in the chunk's transaction.
 */
public class IngestWriter<T> implements ItemWriter<Ingested<T>> {

    private final long jobExecutionId;
    private final String role;
    private final ItemWriter<T> rows;
    private final IngestNotes notes;

    public IngestWriter(long jobExecutionId, String role, ItemWriter<T> rows, IngestNotes notes) {
        this.jobExecutionId = jobExecutionId;
        this.role = role;
        this.rows = rows;
        this.notes = notes;
    }

    @Override
    public void write(Chunk<? extends Ingested<T>> chunk) throws Exception {
        List<T> staged = new ArrayList<>();
        List<IngestNote> noted = new ArrayList<>();
        for (Ingested<T> item : chunk) {
            if (item instanceof Ingested.Accepted<T> accepted) {
                staged.add(accepted.row());
                if (accepted.totalRow()) {
                    noted.add(note(item.line(), 0, IngestNote.TOTAL, null));
                }
            }
            else if (item instanceof Ingested.Skipped<T> skipped) {
                noted.add(note(item.line(), 0, skipped.kind(), null));
            }
            else if (item instanceof Ingested.Noted<T> problems) {
                String kind = switch (problems.severity()) {
                    case WARNING -> IngestNote.WARNING;
                    case REJECTED -> IngestNote.REJECTED;
                    case FATAL -> IngestNote.FATAL;
                };
                for (int i = 0; i < problems.problems().size(); i++) {
                    noted.add(note(item.line(), i, kind, problems.problems().get(i)));
                }
            }
        }
        if (!staged.isEmpty()) {
            rows.write(new Chunk<>(staged));
        }
        notes.insert(noted);
    }

    private IngestNote note(long line, int seq, String kind, LineProblem problem) {
        if (problem == null) {
            return new IngestNote(jobExecutionId, role, line, seq, kind, "", 0, "", kind, "");
        }
        return new IngestNote(jobExecutionId, role, line, seq, kind, problem.file(), problem.column(),
                problem.value(), problem.rule(), problem.message());
    }
}
