package org.defstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** Ingest notes count every line and problem but keep only the problems rejects.csv lists. */
class IngestNotesTest {

    private IngestNotes notes;

    @BeforeEach
    void freshRepository() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:notes-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("org/defstats/csv/ingest-schema.sql")).execute(dataSource);
        notes = new IngestNotes(dataSource);
    }

    @Test
    void skippedLinesAreCountedNotStoredAndRejectedProblemsAreKeptUpToTheLimit() {
        for (int chunk = 0; chunk < 4; chunk++) {
            List<IngestNote> problems = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                long line = chunk * 500L + i + 2;
                problems.add(IngestNote.of(7, "yearly", line, 0, IngestNote.REJECTED,
                        new LineProblem("a.csv", line, 2, "x", "count", "bad")));
            }
            notes.record(7, "yearly", Map.of(IngestNote.REJECTED, new long[] {500, 500}, "footnote",
                    new long[] {1000, 0}), problems);
        }

        assertThat(notes.lineCounts(7)).isEqualTo(Map.of("yearly", Map.of("footnote", 4000L, "rejected", 2000L)));
        assertThat(notes.problemCount(7, List.of(IngestNote.REJECTED))).isEqualTo(2000);
        List<LineProblem> kept = notes.problems(7, List.of(IngestNote.REJECTED));
        assertThat(kept).hasSize(IngestNotes.STORED_PROBLEMS);
        assertThat(kept.get(0).line()).isEqualTo(2);

        notes.delete(7);
        assertThat(notes.lineCounts(7)).isEmpty();
        assertThat(notes.problems(7, List.of(IngestNote.REJECTED))).isEmpty();
    }

    @Test
    void aFatalProblemIsKeptEvenAfterTheLimit() {
        List<IngestNote> problems = new ArrayList<>();
        for (int i = 0; i < IngestNotes.STORED_PROBLEMS; i++) {
            problems.add(IngestNote.of(8, "yearly", i + 2, 0, IngestNote.REJECTED,
                    new LineProblem("a.csv", i + 2, 2, "x", "count", "bad")));
        }
        notes.record(8, "yearly", Map.of(IngestNote.REJECTED, new long[] {1000, 1000}), problems);
        notes.record(8, "yearly", Map.of(IngestNote.FATAL, new long[] {1, 1}), List.of(IngestNote.of(8, "yearly",
                5000, 0, IngestNote.FATAL, new LineProblem("a.csv", 5000, 0, "", "csv", "cannot be read"))));

        assertThat(notes.problems(8, List.of(IngestNote.FATAL))).extracting(LineProblem::rule).containsExactly("csv");
    }
}
