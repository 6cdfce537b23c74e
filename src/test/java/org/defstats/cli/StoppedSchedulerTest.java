package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code defstats schedule} process sent SIGTERM while a job runs stops the job (STOPPED, restartable), publishes
 * nothing, says so in status.json and exits; {@code restart} then publishes what an uninterrupted run publishes.
 */
class StoppedSchedulerTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Path input;
    private Path jobs;

    /** An arrivals job that fires every second, on a partial-periods input that takes seconds to read. */
    @BeforeEach
    void slowArrivalsJobFiringEverySecond() throws IOException {
        input = work.resolve("input");
        jobs = work.resolve("jobs");
        DefstatsProcesses.slowArrivalsJob(input, jobs, "* * * * * *");
    }

    @Test
    void sigtermStopsTheRunningJobSoThatItCanBeRestarted() throws Exception {

        Path reference = work.resolve("uninterrupted");
        assertThat(defstats("run", "arrivals", "--input", input.toString(), "--jobs", jobs.toString(), "--output",
                reference.toString())).isEqualTo(Defstats.OK);

        Path output = work.resolve("output");
        Process scheduler = DefstatsProcesses.start(work.resolve("schedule.out"), "schedule", "--input",
                input.toString(), "--jobs", jobs.toString(), "--output", output.toString());
        DefstatsProcesses.awaitLog(scheduler, output.resolve(".defstats/defstats.log"),
                "Executing step: [arrivalsPartialPeriodsIngestStep]");
        scheduler.destroy();
        assertThat(scheduler.waitFor(120, TimeUnit.SECONDS)).as("the scheduler ends after SIGTERM").isTrue();
        assertThat(scheduler.exitValue()).as("a clean stop: " + console()).isEqualTo(Defstats.OK);

        assertThat(output.resolve("arrivals/latest")).doesNotExist();
        assertThat(output.resolve("arrivals/runs")).doesNotExist();
        JsonNode status = JsonMapper.builder().build().readTree(Files.readString(output.resolve("arrivals/status.json")));
        assertThat(status.get("lastRun").get("outcome").asString()).isEqualTo("stopped");
        String stoppedRun = status.get("lastRun").get("runId").asString();
        assertThat(console()).contains("stopping: a running job stops at its next chunk or step",
                "arrivals: stopped, nothing published; restart it with: defstats restart " + stoppedRun, "  stopped")
                .doesNotContain("Exception");

        assertThat(defstats("history", "arrivals", "--output", output.toString())).isEqualTo(Defstats.OK);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .anyMatch(line -> line.matches(stoppedRun + " +arrivals +STOPPED .*"));
        assertThat(defstats("restart", stoppedRun, "--output", output.toString())).isEqualTo(Defstats.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("arrivals: published run ");
        DefstatsProcesses.assertArrivalsEqualUninterrupted(output, reference);
    }

    @Test
    void sigtermWhileTheRunIsPublishedLetsItCompleteAsPublished() throws Exception {
        Path output = work.resolve("output");
        Process scheduler = DefstatsProcesses.start(work.resolve("schedule.out"), "schedule", "--input",
                input.toString(), "--jobs", jobs.toString(), "--output", output.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.isDirectory(output.resolve("arrivals/runs"))) {
            assertThat(scheduler.isAlive()).as("the scheduler ended early: " + console()).isTrue();
            assertThat(System.nanoTime()).as("nothing was published").isLessThan(deadline);
            Thread.sleep(5);
        }
        scheduler.destroy();
        assertThat(scheduler.waitFor(120, TimeUnit.SECONDS)).as("the scheduler ends after SIGTERM").isTrue();

        String published = Files.list(output.resolve("arrivals/runs")).findFirst().orElseThrow().getFileName()
                .toString();
        assertThat(console()).contains("arrivals: published run " + published).doesNotContain("arrivals: stopped");
        JsonNode status = JsonMapper.builder().build().readTree(Files.readString(output.resolve("arrivals/status.json")));
        assertThat(status.get("lastRun").get("outcome").asString()).isEqualTo("published");
        assertThat(defstats("history", "arrivals", "--output", output.toString())).isEqualTo(Defstats.OK);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .anyMatch(line -> line.matches(published + " +arrivals +COMPLETED .*"));
        assertThat(defstats("verify", output.resolve("arrivals/latest").toString())).isEqualTo(Defstats.OK);
    }

    @Test
    void sigtermStopsARunOfTheRunCommandToo() throws Exception {
        Path output = work.resolve("output");
        Process run = DefstatsProcesses.start(work.resolve("schedule.out"), "run", "arrivals", "--input",
                input.toString(), "--jobs", jobs.toString(), "--output", output.toString());
        DefstatsProcesses.awaitLog(run, output.resolve(".defstats/defstats.log"),
                "Executing step: [arrivalsPartialPeriodsIngestStep]");
        run.destroy();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).as("run ends after SIGTERM").isTrue();
        assertThat(run.exitValue()).as(console()).isEqualTo(Defstats.FAILED);
        assertThat(console()).contains("defstats: arrivals was stopped, nothing published; restart it with: "
                + "defstats restart ").doesNotContain("Exception");
        assertThat(output.resolve("arrivals/latest")).doesNotExist();
    }

    private String console() throws IOException {
        return Files.readString(work.resolve("schedule.out"));
    }

    private int defstats(String... args) {
        out.reset();
        return new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).execute(args);
    }
}
