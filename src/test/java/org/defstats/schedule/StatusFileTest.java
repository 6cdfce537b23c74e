package org.defstats.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobTypes;
import org.defstats.jobs.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** status.json, field for field: what monitoring reads must not change shape. */
class StatusFileTest {

    @TempDir
    Path output;

    private final JobDefinition job = new JobDefinition(Path.of("jobs/arrivals.yaml"), "arrivals", "", JobTypes.all()
            .get(0), Map.of(), Map.of(), 0, new Schedule("0 30 2 * * *", ZoneId.of("Asia/Seoul"), true, 2,
                    Duration.ofMinutes(5)), "", null);

    @Test
    void aJobWithAFailedRunWaitingForItsRetry() throws Exception {
        Occurrences.Occurrence last = new Occurrences.Occurrence("arrivals", Instant.parse("2026-11-22T17:30:00Z"),
                false, "42@host", Instant.parse("2026-11-22T17:30:01Z"), Instant.parse("2026-11-22T17:30:04.5Z"),
                Occurrences.Outcome.RETRY_WAITING, "20261122T173001Z-7", 1, "the input is missing");

        StatusFile.write(output, job, last, Instant.parse("2026-11-23T17:30:00Z"),
                Instant.parse("2026-11-22T17:35:04Z"), "43@host", Instant.parse("2026-11-22T17:30:05Z"));

        assertThat(output.resolve("arrivals/status.json")).hasContent("""
                {
                  "job" : "arrivals",
                  "jobFile" : "jobs/arrivals.yaml",
                  "schedule" : {
                    "cron" : "0 30 2 * * *",
                    "zone" : "Asia/Seoul",
                    "catchUp" : true,
                    "retries" : 2,
                    "retryDelay" : "300s"
                  },
                  "nextFireTime" : "2026-11-24T02:30:00+09:00",
                  "lastRun" : {
                    "occurrence" : "2026-11-23T02:30:00+09:00",
                    "catchUp" : false,
                    "outcome" : "failed, retry waiting",
                    "runId" : "20261122T173001Z-7",
                    "attempts" : 1,
                    "startedAt" : "2026-11-23T02:30:01+09:00",
                    "endedAt" : "2026-11-23T02:30:04+09:00",
                    "retryAt" : "2026-11-23T02:35:04+09:00",
                    "message" : "the input is missing",
                    "process" : "42@host"
                  },
                  "updatedAt" : "2026-11-23T02:30:05+09:00",
                  "updatedBy" : "43@host"
                }
                """);
    }

    @Test
    void aJobThatNeverRanAndNeverFiresAgain() throws Exception {
        StatusFile.write(output, job, null, null, null, "43@host", Instant.parse("2026-11-22T17:30:05Z"));

        assertThat(output.resolve("arrivals/status.json")).hasContent("""
                {
                  "job" : "arrivals",
                  "jobFile" : "jobs/arrivals.yaml",
                  "schedule" : {
                    "cron" : "0 30 2 * * *",
                    "zone" : "Asia/Seoul",
                    "catchUp" : true,
                    "retries" : 2,
                    "retryDelay" : "300s"
                  },
                  "nextFireTime" : null,
                  "lastRun" : null,
                  "updatedAt" : "2026-11-23T02:30:05+09:00",
                  "updatedBy" : "43@host"
                }
                """);
    }
}
