package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.defstats.publish.PublishedRuns;
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

    @Test
    void sigtermStopsTheRunningJobSoThatItCanBeRestarted() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Path jobs = Files.createDirectories(work.resolve("jobs"));
        Files.copy(Path.of("input/mou-arrivals-by-year.csv"), input.resolve("mou-arrivals-by-year.csv"));
        KilledRunTest.writeManySpans(input.resolve("mou-arrivals-partial-periods.csv"));
        Files.writeString(jobs.resolve("arrivals.yaml"), Files.readString(Path.of("jobs/arrivals.yaml"))
                .replace("cron: \"0 30 2 * * *\"", "cron: \"* * * * * *\""));

        Path reference = work.resolve("uninterrupted");
        assertThat(defstats("run", "arrivals", "--input", input.toString(), "--jobs", jobs.toString(), "--output",
                reference.toString())).isEqualTo(Defstats.OK);

        Path output = work.resolve("output");
        Process scheduler = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.defstats.DefstatsApplication", "schedule", "--input", input.toString(), "--jobs", jobs.toString(),
                "--output", output.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("schedule.out").toFile()).start();
        Path log = output.resolve(".defstats/defstats.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(log) && Files.readString(log).contains("Executing step: [arrivalsPartialPeriodsIngestStep]"))) {
            assertThat(scheduler.isAlive()).as("the scheduler ended early: " + console()).isTrue();
            assertThat(System.nanoTime()).as("the partial-periods step did not start").isLessThan(deadline);
            Thread.sleep(10);
        }
        scheduler.destroy();
        assertThat(scheduler.waitFor(120, TimeUnit.SECONDS)).as("the scheduler ends after SIGTERM").isTrue();
        assertThat(scheduler.exitValue()).as("ended by SIGTERM: " + console()).isEqualTo(143);

        assertThat(output.resolve("arrivals/latest")).doesNotExist();
        assertThat(output.resolve("arrivals/runs")).doesNotExist();
        JsonNode status = JsonMapper.builder().build().readTree(Files.readString(output.resolve("arrivals/status.json")));
        assertThat(status.get("lastRun").get("outcome").asString()).isEqualTo("stopped");
        String stoppedRun = status.get("lastRun").get("runId").asString();
        assertThat(console()).contains("arrivals: stopped, nothing published; restart it with: defstats restart "
                + stoppedRun, "stopped");

        assertThat(defstats("history", "arrivals", "--output", output.toString())).isEqualTo(Defstats.OK);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .anyMatch(line -> line.matches(stoppedRun + " +arrivals +STOPPED .*"));
        assertThat(defstats("restart", stoppedRun, "--output", output.toString())).isEqualTo(Defstats.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("arrivals: published run ");
        for (String file : List.of("tables/yearly.csv", "tables/partial-periods.csv", "tables/milestones.csv",
                "charts/arrivals.svg", "charts/arrivals.png")) {
            assertThat(output.resolve("arrivals/latest").resolve(file)).as(file)
                    .hasSameBinaryContentAs(reference.resolve("arrivals/latest").resolve(file));
        }
        PublishedRuns.assertManifestMatchesFiles(output.resolve("arrivals/latest"));
    }

    private String console() throws java.io.IOException {
        return Files.readString(work.resolve("schedule.out"));
    }

    private int defstats(String... args) {
        out.reset();
        return new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).execute(args);
    }
}
