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

    /** What status.json says, field for field in the order of the file; times in the zone of the schedule. */
    record Status(String job, String jobFile, ScheduleShown schedule, String nextFireTime, LastRun lastRun,
            String updatedAt, String updatedBy) {
    }

    /** The job's schedule as its job file gives it. */
    record ScheduleShown(String cron, String zone, boolean catchUp, int retries, String retryDelay) {
    }

    /** The job's latest occurrence and how it ended. */
    record LastRun(String occurrence, boolean catchUp, String outcome, String runId, int attempts, String startedAt,
            String endedAt, String retryAt, String message, String process) {
    }

    /**
     * @param last    the job's latest occurrence, null when it has none
     * @param next    its next fire time, null when its cron never fires again
     * @param retryAt when a failed run is tried again, null when none is waiting
     */
    static void write(Path output, JobDefinition job, Occurrences.Occurrence last, Instant next, Instant retryAt,
            String process, Instant now) throws IOException {
        ZoneId zone = job.schedule().zone();
        Status status = new Status(job.name(), job.file().toString(), new ScheduleShown(job.schedule().cron(),
                zone.getId(), job.schedule().catchUp(), job.schedule().retries(),
                job.schedule().retryDelay().toSeconds() + "s"), time(next, zone), last == null ? null
                        : new LastRun(time(last.fireTime(), zone), last.catchUp(), last.outcome().label(),
                                last.runId(), last.attempts(), time(last.claimedAt(), zone), time(last.endedAt(), zone),
                                time(retryAt, zone), last.message(), last.claimedBy()),
                time(now, zone), process);
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
