package org.defstats.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;

/**
 * When a job's cron fires in its zone, counted in local time so that daylight saving time neither doubles nor
 * loses an occurrence: on the day the clocks go back a local time that happens twice fires once (at its first
 * instant), and on the day they go forward a local time that does not exist fires when the clocks have moved
 * past it (02:30 fires at 03:30). Spring's {@code CronExpression} on zoned times does neither.
 */
public final class FireTimes {

    private static final List<Duration> LOOK_BACK = List.of(Duration.ofMinutes(2), Duration.ofHours(2),
            Duration.ofDays(2), Duration.ofDays(40), Duration.ofDays(400));

    private final CronExpression cron;
    private final ZoneId zone;

    public FireTimes(String cron, ZoneId zone) {
        this.cron = CronExpression.parse(cron);
        this.zone = zone;
    }

    /** The first fire time strictly after {@code after}, empty when the cron never fires again. */
    public Optional<Instant> next(Instant after) {
        LocalDateTime local = LocalDateTime.ofInstant(after, zone);
        for (LocalDateTime candidate = cron.next(local); candidate != null; candidate = cron.next(candidate)) {
            Instant fire = ZonedDateTime.ofLocal(candidate, zone, null).toInstant();
            if (fire.isAfter(after)) {
                return Optional.of(fire);
            }
        }
        return Optional.empty();
    }

    /** The last fire time at or before {@code now} and after {@code since}, empty when there is none. */
    public Optional<Instant> latest(Instant now, Instant since) {
        for (Duration window : LOOK_BACK) {
            Instant from = now.minus(window);
            Instant start = from.isAfter(since) ? from : since;
            Optional<Instant> latest = Optional.empty();
            for (Optional<Instant> fire = next(start); fire.isPresent() && !fire.get().isAfter(now);
                    fire = next(fire.get())) {
                latest = fire;
            }
            if (latest.isPresent() || !from.isAfter(since)) {
                return latest;
            }
        }
        return Optional.empty();
    }
}
