package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.defstats.audit.RunFolderCheck;
import org.defstats.gated.GatedArrivalsJobType;
import org.defstats.runs.RunId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A defstats process killed with SIGKILL in the middle of a job leaves no partial published output, and
 * {@code defstats restart} then publishes exactly what an uninterrupted run of the shipped arrivals job publishes;
 * the killed run ends, in history, when its process last wrote, and what it left (staged rows, ingest notes) is
 * deleted.
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
        // a footnote, so that the ingest step the kill comes after leaves notes of the killed run
        Files.writeString(input.resolve("mou-arrivals-by-year.csv"), "Source: Ministry of Unification\n",
                StandardOpenOption.APPEND);
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
        LocalDateTime killedAt = LocalDateTime.now();
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        assertThat(killed.resolve("arrivals/latest")).doesNotExist();
        for (Path run : runs(killed)) {
            assertThat(RunFolderCheck.check(run)).as("a run folder after the kill is whole").isEmpty();
        }

        assertThat(defstats("history", "arrivals", "--output", killed.toString())).isEqualTo(Defstats.OK);
        String killedRun = out.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow().split(" +")[0];
        long killedExecution = RunId.executionId(killedRun);
        Path stage = killed.resolve(".defstats/work/stage-arrivals-" + killedExecution);
        assertThat(stage).as("the killed run's staged rows").isDirectory();
        assertThat(ingestCounts(killed, killedExecution)).as("the killed run's ingest notes").isPositive();
        // long enough after the kill that an end taken at the restart would show
        Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(), killedAt.plusSeconds(3)).toMillis()));
        assertThat(defstats("restart", killedRun, "--output", killed.toString())).isEqualTo(Defstats.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("arrivals: published run ");

        DefstatsProcesses.assertArrivalsEqualUninterrupted(killed, reference);
        assertThat(defstats("history", "arrivals", "--output", killed.toString())).isEqualTo(Defstats.OK);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .anyMatch(line -> line.matches(killedRun + " +arrivals +FAILED .*"))
                .anyMatch(line -> line.matches("\\S+ +arrivals +COMPLETED .*"));
        Matcher killedLine = Pattern.compile("(?m)^" + killedRun + " +arrivals +FAILED +(\\S+ \\S+) +([0-9.]+) s ")
                .matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(killedLine.find()).as("history shows how long the killed run ran").isTrue();
        LocalDateTime ended = LocalDateTime.parse(killedLine.group(1).replace(' ', 'T'))
                .plusNanos((long) (Double.parseDouble(killedLine.group(2)) * 1e9));
        assertThat(ended).as("the killed run ended when its process last wrote, not when it was settled")
                .isBefore(killedAt.plusSeconds(1));
        assertThat(stage).as("the killed run's staged rows").doesNotExist();
        assertThat(ingestCounts(killed, killedExecution)).as("the killed run's ingest notes").isZero();
    }

    /** How many lines the ingest notes of an execution count, read from the job repository of {@code output}. */
    private static long ingestCounts(Path output, long execution) {
        DriverManagerDataSource repository = new DriverManagerDataSource("jdbc:h2:file:"
                + output.resolve(".defstats/repository").toAbsolutePath() + ";TRACE_LEVEL_FILE=0", "sa", "");
        return new JdbcTemplate(repository).queryForObject("SELECT COALESCE(SUM(LINES), 0) FROM "
                + "DEFSTATS_INGEST_COUNTS WHERE JOB_EXECUTION_ID = ?", Long.class, execution);
    }

    @Test
    void aRunKilledAfterItPublishedIsRecordedCompletedByTheNextCommand() throws Exception {
        Path killed = work.resolve("killed");
        Process process = DefstatsProcesses.start(work.resolve("killed.out"), "run", "arrivals", "--input",
                input.toString(), "--jobs", jobs.toString(), "--output", killed.toString());
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (runs(killed).isEmpty()) {
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
                .matches(line -> line.matches(published + " +arrivals +COMPLETED .*"))
                .as("history shows what the run read, from its manifest when the killed process had not saved it")
                .matches(line -> line.contains("yearly 26 rows"));
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
