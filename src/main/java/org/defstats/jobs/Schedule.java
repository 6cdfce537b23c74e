package org.defstats.jobs;

import java.time.Duration;
import java.time.ZoneId;

/**
 * When and how the scheduler runs a job: a Spring six-field cron expression in a time zone, whether an
 * occurrence missed while no scheduler was up runs once when one starts, and how often a failed run is tried
 * again, and after how long.
 */
public record Schedule(String cron, ZoneId zone, boolean catchUp, int retries, Duration retryDelay) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");

    public String describe() {
        return cron + " " + zone.getId();
    }
}
