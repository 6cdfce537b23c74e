package org.defstats.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.defstats.csv.Ingested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage file gives back the rows and total rows in order, and never takes a cut or forged file for rows. */
class StagedRowsFileTest {

    record Row(String label, long count, long line) implements java.io.Serializable {
    }

    @TempDir
    Path dir;

    @Test
    void rowsAndTotalRowsComeBackInLineOrderAcrossChunks() throws IOException {
        Path file = dir.resolve("stage/yearly.rows");
        try (StagedRowsFile.Writer<Row> writer = new StagedRowsFile.Writer<>(file)) {
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
        try (StagedRowsFile.Writer<Row> writer = new StagedRowsFile.Writer<>(file)) {
            writer.write(List.of(accepted(new Row("2016", 1418, 3), false)));
        }

        assertThatIOException().isThrownBy(() -> StagedRowsFile.read(file, Row.class))
                .withMessageContaining("ends before its last row");
    }

    @Test
    void anObjectOfAnotherClassIsNotRead() throws IOException {
        Path file = dir.resolve("forged.rows");
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeByte(1);
            out.writeObject(new ArrayList<>(List.of("not a row")));
            out.writeByte(0);
        }

        assertThatIOException().isThrownBy(() -> StagedRowsFile.read(file, Row.class));
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
