package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.defstats.corpus.CorpusRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export cut short (the yearly file ending at 2006, as when it is read while still being written) is not
 * published: the run fails closed with {@code dropped-rows}, naming the rows, unless the job file or the command
 * accepts it; {@code check} says the same; the console line and {@code history} name the revised tables.
 */
class DroppedRowsTest {

    @TempDir
    static Path published;

    @TempDir
    Path work;

    private Path input;
    private Path jobs;
    private Path output;
    private final InProcessDefstats console = new InProcessDefstats();

    @BeforeAll
    static void publishArrivals() throws IOException {
        Path folder = published.resolve("shipped");
        CorpusRuns.copyTree(Path.of("input"), folder.resolve("input"));
        CorpusRuns.copyTree(Path.of("jobs"), folder.resolve("jobs"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
        assertThat(new Defstats(stream, stream).execute("run", "arrivals", "--input", folder.resolve("input")
                .toString(), "--jobs", folder.resolve("jobs").toString(), "--output", published.resolve("output")
                        .toString())).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(Defstats.OK);
    }

    @BeforeEach
    void copyThePublishedRun() {
        input = work.resolve("input");
        jobs = work.resolve("jobs");
        output = work.resolve("output");
        CorpusRuns.copyTree(published.resolve("shipped/input"), input);
        CorpusRuns.copyTree(published.resolve("shipped/jobs"), jobs);
        CorpusRuns.copyTree(published.resolve("output"), output);
    }

    @Test
    void anExportCutShortIsRefusedNamingTheRowsItWouldDrop() throws IOException {
        cutShortAfter2006();
        byte[] latest = Files.readAllBytes(output.resolve("arrivals/latest/tables/yearly.csv"));

        assertThat(console.execute(args("run"))).isEqualTo(Defstats.FAILED);

        assertThat(console.err()).startsWith("defstats: arrivals failed, nothing published: [dropped-rows] this run "
                + "would no longer publish 19 rows that run ").contains("yearly.csv period=2007, yearly.csv "
                        + "period=2008", "and 9 more", "--accept-dropped-rows", "'dropped-rows: allow'")
                .hasLineCount(1);
        assertThat(runs()).hasSize(1);
        assertThat(Files.readAllBytes(output.resolve("arrivals/latest/tables/yearly.csv"))).isEqualTo(latest);
    }

    @Test
    void checkSaysTheRunWouldBeRefused() throws IOException {
        cutShortAfter2006();

        assertThat(console.execute(args("check"))).isEqualTo(Defstats.FAILED);

        assertThat(console.out()).startsWith("arrivals: would fail: [dropped-rows] this run would no longer publish "
                + "19 rows");
    }

    @Test
    void theCommandCanAcceptTheDroppedRows() throws IOException {
        cutShortAfter2006();

        assertThat(console.execute(args("run", "--accept-dropped-rows"))).as(console.err()).isEqualTo(Defstats.OK);

        assertThat(console.out()).contains("arrivals: published run ", "figures revised in milestones.csv, "
                + "yearly.csv, listed in revisions.csv");
        assertThat(Files.readString(output.resolve("arrivals/latest/tables/yearly.csv"))).doesNotContain("2007,");
        assertThat(console.execute("history", "arrivals", "--output", output.toString())).isEqualTo(Defstats.OK);
        assertThat(console.out().lines().skip(1).findFirst().orElseThrow())
                .contains("COMPLETED", "revised in milestones.csv, yearly.csv");
    }

    @Test
    void theJobFileCanAllowDroppedRows() throws IOException {
        cutShortAfter2006();
        Path jobFile = jobs.resolve("arrivals.yaml");
        Files.writeString(jobFile, Files.readString(jobFile) + "dropped-rows: allow\n");

        assertThat(console.execute(args("run"))).as(console.err()).isEqualTo(Defstats.OK);
        assertThat(runs()).hasSize(2);
    }

    @Test
    void aChangedSettingExcusesOnlyTheRowsOfTheTablesItShapes() throws IOException {
        Path jobFile = jobs.resolve("arrivals.yaml");
        Files.writeString(jobFile, Files.readString(jobFile).replace("[10000, 20000, 30000]", "[10000, 20000]"));
        cutShortAfter2006();

        assertThat(console.execute(args("run"))).isEqualTo(Defstats.FAILED);
        assertThat(console.err()).contains("[dropped-rows] this run would no longer publish 19 rows",
                "yearly.csv period=2007").doesNotContain("milestones.csv");

        Files.copy(published.resolve("shipped/input/mou-arrivals-by-year.csv"),
                input.resolve("mou-arrivals-by-year.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(console.execute(args("run"))).as(console.err()).isEqualTo(Defstats.OK);
        assertThat(Files.readString(output.resolve("arrivals/latest/tables/milestones.csv"))).doesNotContain("30000");
    }

    @Test
    void aBadDroppedRowsValueIsRefusedWithItsPlace() throws IOException {
        Path jobFile = jobs.resolve("arrivals.yaml");
        Files.writeString(jobFile, Files.readString(jobFile) + "dropped-rows: maybe\n");

        assertThat(console.execute(args("run"))).isNotEqualTo(Defstats.OK);
        assertThat(console.err()).contains("arrivals.yaml:", "dropped-rows", "'refuse'", "'allow'", "not 'maybe'");
    }

    /** Keeps the yearly file's lines up to 2006, as a reader that came while it was being written would see it. */
    private void cutShortAfter2006() throws IOException {
        Path yearly = input.resolve("mou-arrivals-by-year.csv");
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(yearly)) {
            kept.add(line);
            if (line.startsWith("2006,")) {
                break;
            }
        }
        Files.write(yearly, kept);
    }

    private String[] args(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "arrivals", "--input", input.toString(), "--jobs",
                jobs.toString(), "--output", output.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private List<String> runs() throws IOException {
        try (Stream<Path> runs = Files.list(output.resolve("arrivals/runs"))) {
            return runs.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
