package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.defstats.corpus.CorpusRuns;
import org.defstats.postgres.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * defstats with its job repository in a real PostgreSQL server: the schema is created on first use, the jobs
 * publish what they publish with H2, and two scheduler processes sharing the repository (and the output folder)
 * run each occurrence of a job exactly once, the other process reporting it taken.
 */
class PostgresRepositoryTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theJobsPublishTheSameTablesAsWithH2() throws Exception {
        String database = PostgresServer.newDatabase();
        Path input = work.resolve("input");
        Path jobs = work.resolve("jobs");
        CorpusRuns.copyTree(Path.of("input"), input);
        CorpusRuns.copyTree(Path.of("jobs"), jobs);
        Path h2 = work.resolve("h2");
        Path postgres = work.resolve("postgres");
        String url = "--spring.datasource.url=" + database;

        assertThat(defstats("run", "--input", input.toString(), "--jobs", jobs.toString(), "--output", h2.toString()))
                .isEqualTo(Defstats.OK);
        assertThat(defstats("run", "--input", input.toString(), "--jobs", jobs.toString(), "--output",
                postgres.toString(), url)).as(stderr()).isEqualTo(Defstats.OK);
        assertThat(stdout()).contains("arrivals: published run ", "education: published run ",
                "register: published run ", "stocks: published run ");
        for (String table : List.of("arrivals/latest/tables/yearly.csv", "arrivals/latest/tables/partial-periods.csv",
                "arrivals/latest/tables/milestones.csv", "education/latest/tables/levels.csv",
                "education/latest/tables/university-or-higher.csv", "arrivals/latest/charts/arrivals.svg",
                "stocks/latest/tables/occupation.csv", "stocks/latest/tables/flows.csv",
                "stocks/latest/charts/age-pyramid.svg", "register/latest/tables/arrival_year-sex.csv",
                "register/latest/tables/province-arrival_year.csv")) {
            assertThat(postgres.resolve(table)).as(table).hasSameBinaryContentAs(h2.resolve(table));
        }
        assertThat(postgres.resolve(".defstats/repository.mv.db")).as("no H2 file beside PostgreSQL").doesNotExist();

        assertThat(defstats("run", "arrivals", "--input", input.toString(), "--jobs", jobs.toString(), "--output",
                postgres.toString(), url)).isEqualTo(Defstats.OK);
        assertThat(stdout()).contains("arrivals: current");
        assertThat(defstats("history", "--output", postgres.toString(), url)).isEqualTo(Defstats.OK);
        assertThat(stdout().lines().filter(line -> line.contains(" COMPLETED "))).hasSize(4);
    }

    @Test
    void twoSchedulersSharingTheRepositoryRunEachOccurrenceOnce() throws Exception {
        String database = PostgresServer.newDatabase();
        Path input = work.resolve("input");
        Path jobs = Files.createDirectories(work.resolve("jobs"));
        CorpusRuns.copyTree(Path.of("input"), input);
        Files.writeString(jobs.resolve("arrivals.yaml"), Files.readString(Path.of("jobs/arrivals.yaml"))
                .replace("cron: \"0 30 2 * * *\"", "cron: \"*/3 * * * * *\""));
        Path output = work.resolve("output");
        // the first start creates the schema, so that the two schedulers do not race to create it
        assertThat(defstats("history", "--output", output.toString(), "--spring.datasource.url=" + database))
                .isEqualTo(Defstats.OK);

        List<Process> schedulers = new ArrayList<>();
        for (String name : List.of("first", "second")) {
            schedulers.add(DefstatsProcesses.start(work.resolve(name + ".out"), "schedule", "--input",
                    input.toString(), "--jobs", jobs.toString(), "--output", output.toString(),
                    "--spring.datasource.url=" + database));
        }
        Map<String, String> consoles = new LinkedHashMap<>();
        List<Occurrence> finished;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            Instant bothUp = null;
            while (true) {
                for (Process scheduler : schedulers) {
                    assertThat(scheduler.isAlive()).as("a scheduler ended early: " + consoles(consoles)).isTrue();
                }
                // counted from when both are up and the first run is published, after which every occurrence
                // is up to date within a moment, so that each process sees each fire time
                if (bothUp == null && console("first").contains("arrivals: scheduled")
                        && console("second").contains("arrivals: scheduled")
                        && Files.exists(output.resolve("arrivals/latest"))) {
                    bothUp = Instant.now();
                }
                finished = bothUp == null ? List.of() : occurrences(database, bothUp);
                if (finished.size() >= 5) {
                    break;
                }
                assertThat(System.nanoTime()).as("five occurrences did not run: " + consoles(consoles))
                        .isLessThan(deadline);
                Thread.sleep(200);
            }
        }
        finally {
            for (Process scheduler : schedulers) {
                scheduler.destroy();
            }
            for (Process scheduler : schedulers) {
                scheduler.waitFor(60, TimeUnit.SECONDS);
            }
        }
        String first = console("first");
        String second = console("second");
        for (Occurrence occurrence : finished) {
            String fired = "the occurrence of " + SHOWN.format(occurrence.fireTime().atZone(ZoneId.of("Asia/Seoul")));
            String taken = "the run of " + SHOWN.format(occurrence.fireTime().atZone(ZoneId.of("Asia/Seoul")))
                    + " was taken by " + occurrence.claimedBy();
            assertThat(count(first, fired) + count(second, fired)).as(fired + " runs once").isEqualTo(1);
            assertThat(count(first, taken) + count(second, taken)).as(taken + " in the other log").isEqualTo(1);
            assertThat(count(first, fired) + count(first, taken)).as("the first saw " + fired).isEqualTo(1);
        }
        assertThat(finished).extracting(Occurrence::outcome).isSubsetOf("PUBLISHED", "UP_TO_DATE");
        assertThat(finished).filteredOn(o -> o.outcome().equals("PUBLISHED")).hasSizeLessThanOrEqualTo(1);
        try (Connection connection = DriverManager.getConnection(database);
                Statement statement = connection.createStatement();
                ResultSet executions = statement.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")) {
            executions.next();
            assertThat(executions.getInt(1)).as("one run published; every later occurrence found it up to date")
                    .isEqualTo(1);
        }
        assertThat(output.resolve("arrivals/runs")).isDirectoryContaining(p -> true);
        assertThat(Files.list(output.resolve("arrivals/runs")).count()).isEqualTo(1);
        assertThat(Files.readString(output.resolve("arrivals/status.json"))).contains("\"outcome\" : \"");
    }

    private record Occurrence(Instant fireTime, String claimedBy, String outcome) {
    }

    /** The finished occurrences that fired after both schedulers were up. */
    private static List<Occurrence> occurrences(String database, Instant after) throws SQLException {
        List<Occurrence> occurrences = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT FIRE_TIME, CLAIMED_BY, OUTCOME FROM "
                        + "DEFSTATS_OCCURRENCES WHERE ENDED_AT IS NOT NULL ORDER BY FIRE_TIME")) {
            while (rows.next()) {
                Instant fire = Instant.parse(rows.getString("FIRE_TIME"));
                if (fire.isAfter(after.plusSeconds(1))) {
                    occurrences.add(new Occurrence(fire, rows.getString("CLAIMED_BY"), rows.getString("OUTCOME")));
                }
            }
        }
        return occurrences;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private String console(String name) throws IOException {
        Path file = work.resolve(name + ".out");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private String consoles(Map<String, String> consoles) throws IOException {
        return "\n--- first\n" + console("first") + "\n--- second\n" + console("second");
    }

    private int defstats(String... args) {
        out.reset();
        err.reset();
        return new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
