package org.defstats.jobs;

import java.time.ZoneId;

/** When the scheduler runs a job: a Spring six-field cron expression in a time zone. */
public record Schedule(String cron, ZoneId zone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");
}
