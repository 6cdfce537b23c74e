package org.defstats.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import org.defstats.jobs.JobTypes;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileException;
import org.defstats.jobs.JobFileReader;
import org.defstats.runs.RunOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduler driven by a {@link ManualClock}: fire times in the job's zone, daylight saving time, catch-up,
 * retries, occurrences taken by another process, job files changing under it, and status.json. Runs are
 * pretended; the scheduler with real Spring Batch runs is tested in the cli package.
 */
class SchedulerTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path work;

    private Path jobs;
    private Path output;
    private Occurrences occurrences;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** When each pretended run happened, as local times of its job's zone. */
    private final List<String> ran = new ArrayList<>();
    /** What the pretended runs return, in turn; published when none is left. */
    private final Deque<RunOutcome> outcomes = new ArrayDeque<>();
    private ManualClock clock;
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void createRepository() throws IOException {
        jobs = Files.createDirectories(work.resolve("jobs"));
        output = work.resolve("output");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("org/defstats/schedule/schedule-schema.sql"))
                .execute(dataSource);
        occurrences = new Occurrences(dataSource);
        jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    }

    @Test
    void runsAtTheCronInItsZoneAndRecordsUnchangedInputsAsUpToDate() throws Exception {
        jobFile("arrivals", "0 30 2 * * *", "Asia/Seoul", "");
        outcomes.add(published("arrivals", "R1"));
        outcomes.add(new RunOutcome.Current("arrivals", "R1", output.resolve("arrivals/latest")));
        outcomes.add(new RunOutcome.Current("arrivals", "R1", output.resolve("arrivals/latest")));

        schedule(seoul("2026-11-22T00:00"), seoul("2026-11-24T12:00"));

        assertThat(ran).containsExactly("2026-11-22T02:30+09:00", "2026-11-23T02:30+09:00", "2026-11-24T02:30+09:00");
        assertThat(occurrences.all("arrivals")).extracting(Occurrences.Occurrence::outcome).containsExactly(
                Occurrences.Outcome.UP_TO_DATE, Occurrences.Outcome.UP_TO_DATE, Occurrences.Outcome.PUBLISHED);
        assertThat(stdout()).contains(
                "arrivals: scheduled 0 30 2 * * * Asia/Seoul; next run 2026-11-22 02:30:00 +09:00",
                "arrivals: published run R1 (read yearly 26 rows); next run 2026-11-23 02:30:00 +09:00",
                "arrivals: up to date: inputs and settings unchanged since run R1; nothing published; next run "
                        + "2026-11-24 02:30:00 +09:00");
        JsonNode status = status("arrivals");
        assertThat(status.get("nextFireTime").asString()).isEqualTo("2026-11-25T02:30:00+09:00");
        assertThat(status.get("lastRun").get("occurrence").asString()).isEqualTo("2026-11-24T02:30:00+09:00");
        assertThat(status.get("lastRun").get("outcome").asString()).isEqualTo("up to date");
        assertThat(status.get("lastRun").get("runId").asString()).isEqualTo("R1");
    }

    @Test
    void onTheDayTheClocksGoBackA0130JobRunsOnceAndOnTheDayTheyGoForwardA0230JobRunsAt0330() throws Exception {
        jobFile("arrivals", "0 30 1 * * *", "America/New_York", "");
        schedule(newYork("2026-10-31T00:00"), newYork("2026-11-02T12:00"));
        assertThat(ran).containsExactly("2026-10-31T01:30-04:00", "2026-11-01T01:30-04:00", "2026-11-02T01:30-05:00");

        ran.clear();
        jobFile("arrivals", "0 30 2 * * *", "America/New_York", "");
        createRepository();
        schedule(newYork("2026-03-07T00:00"), newYork("2026-03-09T12:00"));
        assertThat(ran).containsExactly("2026-03-07T02:30-05:00", "2026-03-08T03:30-04:00", "2026-03-09T02:30-04:00");
    }

    @Test
    void anOccurrenceMissedWhileNoSchedulerRanIsCaughtUpOnceAtStart() throws Exception {
        jobFile("arrivals", "0 30 2 * * *", "Asia/Seoul", "");
        occurrences.claim("arrivals", seoul("2026-11-19T02:30"), false, "earlier@host", seoul("2026-11-19T02:30"));
        occurrences.finish("arrivals", seoul("2026-11-19T02:30"), Occurrences.Outcome.PUBLISHED, "R0", 1, "",
                seoul("2026-11-19T02:31"));

        schedule(seoul("2026-11-22T10:00"), seoul("2026-11-23T12:00"));

        assertThat(ran).containsExactly("2026-11-22T10:00+09:00", "2026-11-23T02:30+09:00");
        Occurrences.Occurrence caughtUp = occurrences.find("arrivals", seoul("2026-11-22T02:30")).orElseThrow();
        assertThat(caughtUp.catchUp()).isTrue();
        assertThat(caughtUp.claimedAt()).isEqualTo(seoul("2026-11-22T10:00"));
        assertThat(occurrences.find("arrivals", seoul("2026-11-21T02:30"))).as("missed runs collapse into one")
                .isEmpty();
        assertThat(stdout()).contains("arrivals: missed its run of 2026-11-22 02:30:00 +09:00 while no scheduler ran; "
                + "catching up now");
    }

    @Test
    void anOccurrenceLeftRunningByAKilledSchedulerIsRecordedFailedAndCaughtUp() throws Exception {
        jobFile("arrivals", "0 30 2 * * *", "Asia/Seoul", "");
        occurrences.claim("arrivals", seoul("2026-11-21T02:30"), false, "99@killed-host", seoul("2026-11-21T02:30"));

        schedule(seoul("2026-11-22T10:00"), seoul("2026-11-22T12:00"));

        Occurrences.Occurrence killed = occurrences.find("arrivals", seoul("2026-11-21T02:30")).orElseThrow();
        assertThat(killed.outcome()).isEqualTo(Occurrences.Outcome.FAILED);
        assertThat(killed.message()).isEqualTo("the scheduler that ran it (99@killed-host) ended before it finished; "
                + "the next run of the job restarts it");
        assertThat(ran).containsExactly("2026-11-22T10:00+09:00");
    }

    @Test
    void withCatchUpOffAMissedOccurrenceWaitsForTheNextFireTime() throws Exception {
        jobFile("arrivals", "0 30 2 * * *", "Asia/Seoul", "\n  catch-up: false");
        occurrences.claim("arrivals", seoul("2026-11-19T02:30"), false, "earlier@host", seoul("2026-11-19T02:30"));

        schedule(seoul("2026-11-22T10:00"), seoul("2026-11-23T12:00"));

        assertThat(ran).containsExactly("2026-11-23T02:30+09:00");
    }

    @Test
    void aFailedRunIsRetriedAfterTheDelayThenLeftFailed() throws Exception {
        jobFile("arrivals", "0 30 2 * * *", "Asia/Seoul", "\n  retries: 2\n  retry-delay: 10m");
        outcomes.add(new RunOutcome.Failed("arrivals", "input locked by a spreadsheet", null));
        outcomes.add(new RunOutcome.Failed("arrivals", "input locked by a spreadsheet", null));
        outcomes.add(published("arrivals", "R1"));
        outcomes.add(new RunOutcome.Failed("arrivals", "yearly.csv:3:2: 'x' is not a count", null));
        outcomes.add(new RunOutcome.Failed("arrivals", "yearly.csv:3:2: 'x' is not a count", null));
        outcomes.add(new RunOutcome.Failed("arrivals", "R9", "yearly.csv:3:2: 'x' is not a count", List.of(), 0,
                null, null));

        schedule(seoul("2026-11-22T00:00"), seoul("2026-11-23T12:00"));

        // each pretended run takes 20 s, and the delay counts from the end of the failed one
        assertThat(ran).containsExactly("2026-11-22T02:30+09:00", "2026-11-22T02:40:20+09:00",
                "2026-11-22T02:50:40+09:00", "2026-11-23T02:30+09:00", "2026-11-23T02:40:20+09:00",
                "2026-11-23T02:50:40+09:00");
        Occurrences.Occurrence first = occurrences.find("arrivals", seoul("2026-11-22T02:30")).orElseThrow();
        assertThat(statusAt.get(seoul("2026-11-22T02:35"))).as("status.json while a retry waits")
                .contains("\"outcome\" : \"failed, retry waiting\"", "\"retryAt\" : \"2026-11-22T02:40:20+09:00\"",
                        "\"message\" : \"input locked by a spreadsheet\"");
        assertThat(first.outcome()).isEqualTo(Occurrences.Outcome.PUBLISHED);
        assertThat(first.attempts()).isEqualTo(3);
        Occurrences.Occurrence second = occurrences.find("arrivals", seoul("2026-11-23T02:30")).orElseThrow();
        assertThat(second.outcome()).isEqualTo(Occurrences.Outcome.FAILED);
        assertThat(second.attempts()).isEqualTo(3);
        assertThat(second.runId()).isEqualTo("R9");
        assertThat(stderr()).contains("arrivals: failed, nothing published: input locked by a spreadsheet; retry 1 "
                + "of 2 "
                + "at 2026-11-22 02:40:20 +09:00", "arrivals: failed, nothing published: yearly.csv:3:2: 'x' is not a "
                + "count (after 3 attempts); restart it with: defstats restart R9; next run "
                + "2026-11-24 02:30:00 +09:00");
        JsonNode status = status("arrivals");
        assertThat(status.get("lastRun").get("outcome").asString()).isEqualTo("failed");
        assertThat(status.get("lastRun").get("attempts").asInt()).isEqualTo(3);
        assertThat(status.get("nextFireTime").asString()).isEqualTo("2026-11-24T02:30:00+09:00");
    }

    @Test
    void aRetryWaitingDoesNotHoldUpAnotherJob() throws Exception {
        jobFile("arrivals", "0 30 2 * * *", "Asia/Seoul", "\n  retries: 1\n  retry-delay: 1h");
        jobFile("education", "0 45 2 * * *", "Asia/Seoul", "");
        outcomes.add(new RunOutcome.Failed("arrivals", "input locked", null));

        schedule(seoul("2026-11-22T00:00"), seoul("2026-11-22T12:00"));

        assertThat(ran).containsExactly("2026-11-22T02:30+09:00", "2026-11-22T02:45+09:00",
                "2026-11-22T03:30:20+09:00");
    }

    @Test
    void anOccurrenceAnotherProcessClaimedIsNotRunAgain() throws Exception {
        jobFile("arrivals", "0 30 2 * * *", "Asia/Seoul", "");
        occurrences.claim("arrivals", seoul("2026-11-22T02:30"), false, "4242@other-host", seoul("2026-11-22T02:30"));

        schedule(seoul("2026-11-22T00:00"), seoul("2026-11-23T12:00"));

        assertThat(ran).containsExactly("2026-11-23T02:30+09:00");
        assertThat(stdout()).contains("arrivals: the run of 2026-11-22 02:30:00 +09:00 was taken by 4242@other-host; "
                + "next run 2026-11-23 02:30:00 +09:00");
    }

    @Test
    void jobFilesAddedChangedBrokenAndRemovedWhileRunningAreFollowed() throws Exception {
        jobFile("arrivals", "0 30 2 * * *", "Asia/Seoul", "");
        clock = new ManualClock(seoul("2026-11-22T00:00"), seoul("2026-11-24T12:00"));
        clock.at(seoul("2026-11-22T03:00"), () -> jobFile("arrivals", "0 0 4 * * *", "Asia/Seoul", ""));
        clock.at(seoul("2026-11-22T05:00"), () -> jobFile("education", "0 0 6 * * *", "Asia/Seoul", ""));
        clock.at(seoul("2026-11-22T07:00"), () -> jobFile("arrivals", "0 0 25 * * *", "Asia/Seoul", ""));
        clock.at(seoul("2026-11-23T07:00"), () -> jobFile("arrivals", "0 0 8 * * *", "Asia/Seoul", ""));
        clock.at(seoul("2026-11-23T09:00"), () -> delete(jobs.resolve("education.yaml")));

        schedule(clock);

        assertThat(ran).containsExactly("2026-11-22T02:30+09:00", "2026-11-22T04:00+09:00", "2026-11-22T06:00+09:00",
                "2026-11-23T06:00+09:00", "2026-11-23T08:00+09:00", "2026-11-24T08:00+09:00");
        assertThat(stdout()).contains("arrivals: changed 0 0 4 * * * Asia/Seoul; next run 2026-11-22 04:00:00 +09:00",
                "education: added 0 0 6 * * * Asia/Seoul; next run 2026-11-22 06:00:00 +09:00",
                "education: education.yaml was removed; no longer scheduled");
        assertThat(stderr()).contains(jobs.resolve("arrivals.yaml") + ":", "'schedule.cron' is not a cron expression",
                "arrivals is no longer scheduled until the file is fixed");
    }

    @Test
    void aFileRefusedForTakingAJobsNameIsScheduledOnceThatJobsFileIsRemoved() throws Exception {
        jobFile("arrivals", "0 30 2 * * *", "Asia/Seoul", "");
        clock = new ManualClock(seoul("2026-11-22T00:00"), seoul("2026-11-23T12:00"));
        clock.at(seoul("2026-11-22T03:00"), () -> copy(jobs.resolve("arrivals.yaml"), jobs.resolve("arrivals-2.yaml")));
        clock.at(seoul("2026-11-22T04:00"), () -> delete(jobs.resolve("arrivals.yaml")));

        schedule(clock);

        assertThat(stderr()).contains("'name' is 'arrivals', which " + jobs.resolve("arrivals.yaml") + " already uses");
        assertThat(stdout()).contains("arrivals: arrivals.yaml was removed; no longer scheduled",
                "arrivals: added 0 30 2 * * * Asia/Seoul; next run 2026-11-23 02:30:00 +09:00");
        assertThat(ran).containsExactly("2026-11-22T02:30+09:00", "2026-11-23T02:30+09:00");
    }

    @Test
    void aRenamedJobIsNoLongerScheduledUnderItsOldName() throws Exception {
        jobFile("arrivals", "0 30 2 * * *", "Asia/Seoul", "");
        clock = new ManualClock(seoul("2026-11-22T00:00"), seoul("2026-11-23T12:00"));
        clock.at(seoul("2026-11-22T03:00"), () -> replace(jobs.resolve("arrivals.yaml"), "name: arrivals",
                "name: arrivals-by-sex"));

        schedule(clock);

        assertThat(stdout()).contains("arrivals: arrivals.yaml now names the job arrivals-by-sex; arrivals is no "
                + "longer scheduled");
        assertThat(status("arrivals").get("nextFireTime").isNull()).isTrue();
        assertThat(status("arrivals-by-sex").get("nextFireTime").asString()).isEqualTo("2026-11-24T02:30:00+09:00");
    }

    @Test
    void anOccurrenceTheJobRepositoryCouldNotRecordIsReportedAndTheSchedulerGoesOn() throws Exception {
        jobFile("arrivals", "0 30 2 * * *", "Asia/Seoul", "");
        clock = new ManualClock(seoul("2026-11-22T00:00"), seoul("2026-11-23T12:00"));
        clock.at(seoul("2026-11-22T01:00"), () -> jdbc.execute("ALTER TABLE DEFSTATS_OCCURRENCES RENAME TO AWAY"));
        clock.at(seoul("2026-11-22T12:00"), () -> jdbc.execute("ALTER TABLE AWAY RENAME TO DEFSTATS_OCCURRENCES"));

        schedule(clock);

        assertThat(ran).containsExactly("2026-11-23T02:30+09:00");
        assertThat(stderr()).contains("arrivals: could not run: ", "; next run 2026-11-23 02:30:00 +09:00");
    }

    @Test
    void aBadCronAtStartIsRefusedNamingTheFile() throws Exception {
        jobFile("arrivals", "0 30 2 * *", "Asia/Seoul", "");
        clock = new ManualClock(seoul("2026-11-22T00:00"), seoul("2026-11-23T00:00"));
        assertThatThrownBy(() -> schedule(clock)).isInstanceOf(JobFileException.class)
                .hasMessageStartingWith(jobs.resolve("arrivals.yaml") + ":")
                .hasMessageContaining("'schedule.cron' is not a cron expression of six fields");
        assertThat(ran).isEmpty();
    }

    /** status.json of arrivals as it was at set times. */
    private final java.util.Map<Instant, String> statusAt = new java.util.HashMap<>();

    private void schedule(Instant start, Instant end) throws Exception {
        ManualClock manualClock = new ManualClock(start, end);
        Instant look = seoul("2026-11-22T02:35");
        manualClock.at(look, () -> {
            try {
                Path status = output.resolve("arrivals/status.json");
                statusAt.put(look, Files.exists(status) ? Files.readString(status) : "");
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        schedule(manualClock);
    }

    private void schedule(ManualClock manualClock) throws Exception {
        clock = manualClock;
        Scheduler scheduler = new Scheduler(jobs, output,
                new JobFileReader(JobTypes.all()), new Scheduler.Runs() {
                    @Override
                    public RunOutcome run(JobDefinition job) {
                        ran.add(ZonedDateTime.ofInstant(clock.now(), job.schedule().zone()).toOffsetDateTime()
                                .toString());
                        clock.pass(Duration.ofSeconds(20));
                        RunOutcome outcome = outcomes.poll();
                        return outcome != null ? outcome : published(job.name(), "R" + ran.size());
                    }

                    @Override
                    public boolean idle(String job) {
                        return true;
                    }

                    @Override
                    public void stop() {
                    }
                }, occurrences, clock, Duration.ofMinutes(10), "1234@this-host",
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        clock.stopping(scheduler);
        scheduler.run();
    }

    private static RunOutcome.Published published(String job, String runId) {
        return new RunOutcome.Published(job, runId, Path.of("latest"), "yearly 26 rows", List.of(), 0, List.of(),
                List.of(), List.of());
    }

    private void jobFile(String name, String cron, String zone, String scheduleExtra) {
        String inputs = name.equals("arrivals") ? "  yearly: yearly.csv\n" : "  levels: levels.csv\n";
        try {
            Files.writeString(jobs.resolve(name + ".yaml"), "name: " + name + "\ntype: " + name + "\ninputs:\n"
                    + inputs + "schedule:\n  cron: \"" + cron + "\"\n  zone: " + zone + scheduleExtra + "\n");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path file, String from, String to) {
        try {
            Files.writeString(file, Files.readString(file).replace(from, to));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode status(String job) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(output.resolve(job).resolve("status.json")));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Instant seoul(String local) {
        return java.time.LocalDateTime.parse(local).atZone(SEOUL).toInstant();
    }

    private static Instant newYork(String local) {
        return java.time.LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
