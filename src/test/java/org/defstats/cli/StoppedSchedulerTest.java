package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.defstats.gated.GatedArrivalsJobType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code defstats schedule} process sent SIGTERM while a job runs stops the job (STOPPED, restartable), publishes
 * nothing, says so in status.json and exits; {@code restart} then publishes what an uninterrupted run of the shipped
 * arrivals job publishes. SIGTERM during the publish step lets the run complete as published.
 */
class StoppedSchedulerTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Path input;
    /** The shipped arrivals job. */
    private Path jobs;
    /**
     * The same job of type gated-arrivals, firing every second, which holds where the process is told to, so that
     * SIGTERM comes there.
     */
    private Path gatedJobs;

    @BeforeEach
    void arrivalsJobs() throws IOException {
        input = work.resolve("input");
        jobs = work.resolve("jobs");
        gatedJobs = work.resolve("gated-jobs");
        DefstatsProcesses.arrivalsJob(input, jobs, "arrivals", null);
        DefstatsProcesses.arrivalsJob(input, gatedJobs, GatedArrivalsJobType.NAME, "* * * * * *");
    }

    @AfterEach
    void killLeftOverProcesses() throws InterruptedException {
        DefstatsProcesses.killLeftOver();
    }

    @Test
    void sigtermStopsTheRunningJobSoThatItCanBeRestarted() throws Exception {
        Path output = work.resolve("output");
        Process scheduler = DefstatsProcesses.startHeld(work.resolve("schedule.out"), "partial-periods:12",
                "schedule", "--input", input.toString(), "--jobs", gatedJobs.toString(), "--output", output.toString());
        Path reference = work.resolve("uninterrupted");
        assertThat(defstats("run", "arrivals", "--input", input.toString(), "--jobs", jobs.toString(), "--output",
                reference.toString())).isEqualTo(Defstats.OK);
        DefstatsProcesses.awaitHeld(scheduler, work.resolve("schedule.out"));
        assertThat(output.resolve(".defstats/defstats.log")).content()
                .contains("Executing step: [gated-arrivalsPartialPeriodsIngestStep]");
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
        Process scheduler = DefstatsProcesses.startHeld(work.resolve("schedule.out"), "publish", "schedule",
                "--input", input.toString(), "--jobs", gatedJobs.toString(), "--output", output.toString());
        DefstatsProcesses.awaitHeld(scheduler, work.resolve("schedule.out"));
        assertThat(output.resolve(".defstats/defstats.log")).content()
                .contains("Executing step: [gated-arrivalsPublishStep]");
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
        Process run = DefstatsProcesses.startHeld(work.resolve("schedule.out"), "partial-periods:12", "run",
                "arrivals", "--input", input.toString(), "--jobs", gatedJobs.toString(), "--output", output.toString());
        DefstatsProcesses.awaitHeld(run, work.resolve("schedule.out"));
        assertThat(output.resolve(".defstats/defstats.log")).content()
                .contains("Executing step: [gated-arrivalsPartialPeriodsIngestStep]");
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
