package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.defstats.audit.RunFolderCheck;
import org.defstats.gated.GatedArrivalsJobType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A defstats process killed with SIGKILL in the middle of a job leaves no partial published output, and
 * {@code defstats restart} then publishes exactly what an uninterrupted run of the shipped arrivals job publishes.
 */
class KilledRunTest {

    @TempDir
    Path work;

    private Path input;
    /** The shipped arrivals job. */
    private Path jobs;
    /** The same job of type gated-arrivals, which holds where the process is told to, so that it is killed there. */
    private Path gatedJobs;

    @BeforeEach
    void arrivalsJobs() throws IOException {
        input = work.resolve("input");
        jobs = work.resolve("jobs");
        gatedJobs = work.resolve("gated-jobs");
        DefstatsProcesses.arrivalsJob(input, jobs, "arrivals", null);
        DefstatsProcesses.arrivalsJob(input, gatedJobs, GatedArrivalsJobType.NAME, null);
    }

    @AfterEach
    void killLeftOverProcesses() throws InterruptedException {
        DefstatsProcesses.killLeftOver();
    }

    @Test
    void aRunKilledMidwayIsRestartedToTheOutputsOfAnUninterruptedRun() throws Exception {
        Path killed = work.resolve("killed");
        Process process = DefstatsProcesses.startHeld(work.resolve("killed.out"), "partial-periods:12", "run",
                "arrivals", "--input", input.toString(), "--jobs", gatedJobs.toString(), "--output", killed.toString());
        Path reference = work.resolve("uninterrupted");
        assertThat(defstats("run", "arrivals", "--input", input.toString(), "--jobs", jobs.toString(), "--output",
                reference.toString())).isEqualTo(Defstats.OK);
        DefstatsProcesses.awaitHeld(process, work.resolve("killed.out"));
        assertThat(killed.resolve(".defstats/defstats.log")).content()
                .contains("Executing step: [gated-arrivalsPartialPeriodsIngestStep]");
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
