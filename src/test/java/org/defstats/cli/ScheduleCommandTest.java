package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.defstats.jobs.JobTypes;
import org.defstats.corpus.CorpusRuns;
import org.defstats.jobs.JobFileReader;
import org.defstats.publish.PublishedRecords;
import org.defstats.runs.JobRunner;
import org.defstats.site.Site;
import org.defstats.schedule.ManualClock;
import org.defstats.schedule.Occurrences;
import org.defstats.schedule.Scheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduler with the real jobs, Spring Batch and the H2 job repository of an output folder, driven by a
 * manual clock over three nights: it publishes, records an unchanged night as up to date (in history and
 * status.json), and publishes again when an input changes.
 */
class ScheduleCommandTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void threeNightsPublishThenFindTheJobsUpToDateThenPublishTheCorrectedInput() throws Exception {
        Path input = work.resolve("input");
        Path jobs = work.resolve("jobs");
        CorpusRuns.copyTree(Path.of("input"), input);
        CorpusRuns.copyTree(Path.of("jobs"), jobs);
        Path output = work.resolve("output");
        Path yearly = input.resolve("mou-arrivals-by-year.csv");
        ManualClock clock = new ManualClock(seoul("2026-11-22T00:00"), seoul("2026-11-24T12:00"));
        clock.at(seoul("2026-11-23T12:00"), () -> replace(yearly, "2016,302,1116,1418", "2016,298,1116,1414"));

        Defstats defstats = new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext context = defstats.startSpring(output, List.of(), false)) {
            JobFileReader reader = new JobFileReader(JobTypes.all());
            Scheduler scheduler = new Scheduler(jobs, output, reader,
                    new SiteAfterEachRun(new ScheduledRuns(context.getBean(JobRunner.class), reader, input, output,
                            Duration.ZERO), new Site(output, context.getBean(PublishedRecords.class)), jobs, reader,
                            clock, new PrintStream(err, true, StandardCharsets.UTF_8)),
                    context.getBean(Occurrences.class), clock, Duration.ofMinutes(10), "1@test",
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            clock.stopping(scheduler);
            scheduler.run();

            Occurrences occurrences = context.getBean(Occurrences.class);
            assertThat(occurrences.all("arrivals")).extracting(Occurrences.Occurrence::fireTime,
                    Occurrences.Occurrence::outcome).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(seoul("2026-11-24T02:30"),
                                    Occurrences.Outcome.PUBLISHED),
                            org.assertj.core.groups.Tuple.tuple(seoul("2026-11-23T02:30"),
                                    Occurrences.Outcome.UP_TO_DATE),
                            org.assertj.core.groups.Tuple.tuple(seoul("2026-11-22T02:30"),
                                    Occurrences.Outcome.PUBLISHED));
            assertThat(occurrences.all("education")).extracting(Occurrences.Occurrence::outcome).containsExactly(
                    Occurrences.Outcome.PUBLISHED, Occurrences.Outcome.UP_TO_DATE, Occurrences.Outcome.PUBLISHED);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "arrivals: scheduled 0 30 2 * * * Asia/Seoul; next run 2026-11-22 02:30:00 +09:00",
                "education: scheduled 0 45 2 * * * Asia/Seoul; next run 2026-11-22 02:45:00 +09:00",
                "arrivals: up to date: inputs and settings unchanged since run ",
                "; 18 figures revised; next run 2026-11-25 02:30:00 +09:00");
        assertThat(Files.readString(output.resolve("arrivals/latest/tables/yearly.csv")))
                .contains("2016,298,1116,1414,78.9,");

        JsonNode status = JsonMapper.builder().build().readTree(
                Files.readString(output.resolve("arrivals/status.json")));
        String latestRun = JsonMapper.builder().build().readTree(
                Files.readString(output.resolve("arrivals/latest/manifest.json"))).get("run").get("runId").asString();
        assertThat(status.get("lastRun").get("outcome").asString()).isEqualTo("published");
        assertThat(status.get("lastRun").get("runId").asString()).isEqualTo(latestRun);
        assertThat(status.get("lastRun").get("occurrence").asString()).isEqualTo("2026-11-24T02:30:00+09:00");
        assertThat(status.get("nextFireTime").asString()).isEqualTo("2026-11-25T02:30:00+09:00");

        String index = Files.readString(output.resolve("index.html"));
        String arrivals = index.substring(index.indexOf("<tr id=\"job-arrivals\""));
        assertThat(arrivals.substring(0, arrivals.indexOf("</tr>"))).as("the site after the last night's run").contains(
                "data-status>published<", "<a href=\"arrivals/latest/report.html\">report of run " + latestRun,
                "<td>2026-11-25 02:30:00 +09:00</td>");
        assertThat(Files.readString(output.resolve("arrivals/index.html"))).contains("data-run=\"" + latestRun + "\"")
                .containsPattern("(?s)(data-run=.*){2}");

        out.reset();
        assertThat(defstats.execute("history", "arrivals", "--output", output.toString())).isEqualTo(Defstats.OK);
        List<String> history = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
        assertThat(history).hasSize(3);
        assertThat(history).filteredOn(line -> line.matches("\\S+ +arrivals +COMPLETED .*")).hasSize(2);
        assertThat(history).filteredOn(line -> line.matches("- +arrivals +UP-TO-DATE .*scheduled; current with run .*"))
                .hasSize(1);
    }

    private static Instant seoul(String local) {
        return LocalDateTime.parse(local).atZone(SEOUL).toInstant();
    }

    private static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            assertThat(text).contains(from);
            Files.writeString(file, text.replace(from, to));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
