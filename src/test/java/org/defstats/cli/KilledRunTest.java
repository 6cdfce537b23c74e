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

import org.defstats.audit.RunFolderCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A defstats process killed with SIGKILL in the middle of a job leaves no partial published output, and
 * {@code defstats restart} then publishes exactly what an uninterrupted run publishes.
 */
class KilledRunTest {

    @TempDir
    Path work;

    private Path input;
    private Path jobs;

    /** The arrivals job on a partial-periods input that takes seconds to read, so that it can be killed midway. */
    @BeforeEach
    void slowArrivalsJob() throws IOException {
        input = Files.createDirectories(work.resolve("input"));
        jobs = Files.createDirectories(work.resolve("jobs"));
        Files.copy(Path.of("input/mou-arrivals-by-year.csv"), input.resolve("mou-arrivals-by-year.csv"));
        Files.copy(Path.of("jobs/arrivals.yaml"), jobs.resolve("arrivals.yaml"));
        writeManySpans(input.resolve("mou-arrivals-partial-periods.csv"));
    }

    @Test
    void aRunKilledMidwayIsRestartedToTheOutputsOfAnUninterruptedRun() throws Exception {
        Path reference = work.resolve("uninterrupted");
        assertThat(defstats("run", "arrivals", "--input", input.toString(), "--jobs", jobs.toString(), "--output",
                reference.toString())).isEqualTo(Defstats.OK);

        Path killed = work.resolve("killed");
        Process process = DefstatsProcesses.start(work.resolve("killed.out"), "run", "arrivals", "--input",
                input.toString(), "--jobs", jobs.toString(), "--output", killed.toString());
        DefstatsProcesses.awaitLog(process, killed.resolve(".defstats/defstats.log"),
                "Executing step: [arrivalsPartialPeriodsIngestStep]");
        process.destroyForcibly().waitFor();
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        assertThat(killed.resolve("arrivals/latest")).doesNotExist();
        for (Path run : runs(killed)) {
            assertThat(RunFolderCheck.check(run)).as("a run folder after the kill is whole").isEmpty();
        }

        assertThat(defstats("history", "arrivals", "--output", killed.toString())).isEqualTo(Defstats.OK);
        String killedRun = out.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow().split(" +")[0];
        assertThat(defstats("restart", killedRun, "--output", killed.toString())).isEqualTo(Defstats.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("arrivals: published run ");

        DefstatsProcesses.assertArrivalsEqualUninterrupted(killed, reference);
        assertThat(defstats("history", "arrivals", "--output", killed.toString())).isEqualTo(Defstats.OK);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .anyMatch(line -> line.matches(killedRun + " +arrivals +FAILED .*"))
                .anyMatch(line -> line.matches("\\S+ +arrivals +COMPLETED .*"));
    }

    @Test
    void aRunKilledAfterItPublishedIsRecordedCompletedByTheNextCommand() throws Exception {
        Path killed = work.resolve("killed");
        Process process = DefstatsProcesses.start(work.resolve("killed.out"), "run", "arrivals", "--input",
                input.toString(), "--jobs", jobs.toString(), "--output", killed.toString());
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (!Files.isDirectory(killed.resolve("arrivals/runs"))) {
            assertThat(process.isAlive()).as("defstats ended before it could be killed").isTrue();
            assertThat(System.nanoTime()).as("nothing was published").isLessThan(deadline);
            Thread.sleep(5);
        }
        process.destroyForcibly().waitFor();
        String published = runs(killed).get(0).getFileName().toString();

        assertThat(defstats("run", "arrivals", "--input", input.toString(), "--jobs", jobs.toString(), "--output",
                killed.toString())).isEqualTo(Defstats.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("arrivals: current, inputs and settings unchanged "
                + "since run " + published);
        assertThat(defstats("history", "arrivals", "--output", killed.toString())).isEqualTo(Defstats.OK);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().skip(1).toList()).singleElement()
                .matches(line -> line.matches(published + " +arrivals +COMPLETED .*"));
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int defstats(String... args) {
        out.reset();
        return new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).execute(args);
    }

    /** About 22,000 spans across year ends (never checked against a year), so that ingesting takes a while. */
    static void writeManySpans(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of("period,male,female,total"));
        List<int[]> months = new ArrayList<>();
        for (int year = 2008; year <= 2025; year++) {
            for (int month = 1; month <= 12; month++) {
                months.add(new int[] {year, month});
            }
        }
        for (int i = 0; i < months.size(); i++) {
            for (int j = i + 1; j < months.size(); j++) {
                if (months.get(j)[0] > months.get(i)[0]) {
                    lines.add(String.format("%d-%02d~%d-%02d,,,0", months.get(i)[0], months.get(i)[1],
                            months.get(j)[0], months.get(j)[1]));
                }
            }
        }
        Files.write(file, lines);
    }

    private static List<Path> runs(Path output) throws IOException {
        Path runs = output.resolve("arrivals/runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(runs)) {
            return folders.toList();
        }
    }
}
