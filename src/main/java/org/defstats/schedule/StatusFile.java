package org.defstats.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.defstats.io.Json;
import org.defstats.jobs.JobDefinition;


/**
 * {@code output/JOB/status.json}, for monitoring: the job's schedule, its last scheduled run and that run's outcome,
 * and its next fire time. Replaced whole (written beside it, then renamed), so a reader never sees half a file.
 */
final class StatusFile {

    static final String FILE = "status.json";

    private StatusFile() {
    }

    /**
     * @param last    the job's latest occurrence, null when it has none
     * @param next    its next fire time, null when its cron never fires again
     * @param retryAt when a failed run is tried again, null when none is waiting
     */
    static void write(Path output, JobDefinition job, Occurrences.Occurrence last, Instant next, Instant retryAt,
            String process, Instant now) throws IOException {
        ZoneId zone = job.schedule().zone();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("job", job.name());
        status.put("jobFile", job.file().toString());
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("cron", job.schedule().cron());
        schedule.put("zone", zone.getId());
        schedule.put("catchUp", job.schedule().catchUp());
        schedule.put("retries", job.schedule().retries());
        schedule.put("retryDelay", job.schedule().retryDelay().toSeconds() + "s");
        status.put("schedule", schedule);
        status.put("nextFireTime", time(next, zone));
        if (last == null) {
            status.put("lastRun", null);
        }
        else {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("occurrence", time(last.fireTime(), zone));
            run.put("catchUp", last.catchUp());
            run.put("outcome", last.outcome().label());
            run.put("runId", last.runId());
            run.put("attempts", last.attempts());
            run.put("startedAt", time(last.claimedAt(), zone));
            run.put("endedAt", time(last.endedAt(), zone));
            run.put("retryAt", time(retryAt, zone));
            run.put("message", last.message());
            run.put("process", last.claimedBy());
            status.put("lastRun", run);
        }
        status.put("updatedAt", time(now, zone));
        status.put("updatedBy", process);
        Path folder = Files.createDirectories(output.resolve(job.name()));
        Path temporary = Files.createTempFile(folder, ".status-", ".json");
        try {
            Files.writeString(temporary, Json.indented(status), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }
}
