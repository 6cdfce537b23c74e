package org.defstats.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.defstats.csv.Ingested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage file gives back the rows and total rows in order, and never takes a cut or forged file for rows. */
class StagedRowsFileTest {

    record Row(String label, long count, long line) {
    }

    @TempDir
    Path dir;

    @Test
    void rowsAndTotalRowsComeBackInLineOrderAcrossChunks() throws IOException {
        Path file = dir.resolve("stage/yearly.rows");
        try (StagedRowsFile.Writer<Row> writer = new StagedRowsFile.Writer<>(file, Row.class)) {
            writer.write(List.of(accepted(new Row("2015", 1275, 2), false), accepted(new Row("2016", 1418, 3), false)));
            writer.write(List.of(accepted(new Row("합계", 2693, 4), true)));
            writer.finish();
        }

        StagedRowsFile.Rows<Row> rows = StagedRowsFile.read(file, Row.class);

        assertThat(rows.rows()).containsExactly(new Row("2015", 1275, 2), new Row("2016", 1418, 3));
        assertThat(rows.totalRows()).containsExactly(new Row("합계", 2693, 4));
    }

    @Test
    void aFileWithoutItsEndMarkerIsRefusedAsIncomplete() throws IOException {
        Path file = dir.resolve("cut.rows");
        try (StagedRowsFile.Writer<Row> writer = new StagedRowsFile.Writer<>(file, Row.class)) {
            writer.write(List.of(accepted(new Row("2016", 1418, 3), false)));
        }

        assertThatIOException().isThrownBy(() -> StagedRowsFile.read(file, Row.class))
                .withMessageContaining("ends before its last row");
    }

    @Test
    void bytesThatAreNotRowsAreRefused() throws IOException {
        Path file = dir.resolve("forged.rows");
        Files.write(file, new byte[] {7, 0, 0});
        assertThatIOException().isThrownBy(() -> StagedRowsFile.read(file, Row.class))
                .withMessageContaining("not a file of staged rows");
        Files.write(file, new byte[] {1, 1, 0x7f, 0x7f, 0x7f, 0x7f});
        assertThatIOException().isThrownBy(() -> StagedRowsFile.read(file, Row.class));
    }

    @Test
    void aRecordWithAComponentItCannotWriteIsRefusedWhenTheCodecIsMade() {
        record Odd(java.util.List<String> cells) {
        }
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecordCodec<>(Odd.class)).withMessageContaining("cells is a java.util.List");
    }

    @Test
    void nestedRecordsEnumsMonthsAndNullsComeBackEqual() throws IOException {
        record Nested(java.time.YearMonth month, Thread.State state, Integer maybe, boolean flag) {
        }
        record Outer(Nested nested, Long count, String text, int line) {
        }
        Path file = dir.resolve("nested.rows");
        List<Outer> rows = List.of(new Outer(new Nested(java.time.YearMonth.of(2020, 9), Thread.State.NEW, null, true),
                null, "대학 이상", 3), new Outer(null, 5L, null, 4));
        try (StagedRowsFile.Writer<Outer> writer = new StagedRowsFile.Writer<>(file, Outer.class)) {
            writer.write(rows.stream().map(r -> new Ingested.Accepted<>((long) r.line(), r, false)).toList());
            writer.finish();
        }
        assertThat(StagedRowsFile.read(file, Outer.class).rows()).isEqualTo(rows);
    }

    @Test
    void theStagesOfAJobsEarlierExecutionsAreDeletedButNotOtherJobsStages() throws IOException {
        for (String name : List.of("stage-arrivals-1", "stage-arrivals-2", "stage-arrivals-x-3", "stage-education-1")) {
            Files.createDirectories(dir.resolve(".defstats/work").resolve(name));
        }
        StageFolder current = StageFolder.of(dir, "arrivals", 2);

        current.deleteOthers("arrivals");

        try (var left = Files.list(dir.resolve(".defstats/work"))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("stage-arrivals-2", "stage-arrivals-x-3", "stage-education-1");
        }
    }

    private static Ingested.Accepted<Row> accepted(Row row, boolean total) {
        return new Ingested.Accepted<>(row.line(), row, total);
    }
}
