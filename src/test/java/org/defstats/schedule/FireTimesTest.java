package org.defstats.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Nightly fire times across daylight saving changes, and the last one missed, without waiting for real time. */
class FireTimesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void onTheDayTheClocksGoBackA0130JobFiresOnce() {
        assertThat(fires("0 30 1 * * *", NEW_YORK, "2026-10-31T16:00:00Z", 3)).containsExactly(
                "2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z", "2026-11-03T06:30:00Z");
    }

    @Test
    void onTheDayTheClocksGoForwardA0230JobIsNotLostButFiresAt0330() {
        assertThat(fires("0 30 2 * * *", NEW_YORK, "2026-03-07T17:00:00Z", 3)).containsExactly(
                "2026-03-08T07:30:00Z", "2026-03-09T06:30:00Z", "2026-03-10T06:30:00Z");
    }

    @Test
    void seoulHasNoDaylightSavingTimeAndFiresAt0230LocalEveryNight() {
        assertThat(fires("0 30 2 * * *", SEOUL, "2026-11-21T18:00:00Z", 2)).containsExactly(
                "2026-11-22T17:30:00Z", "2026-11-23T17:30:00Z");
    }

    @Test
    void theLatestMissedOccurrenceIsFoundForCatchUp() {
        FireTimes nightly = new FireTimes("0 30 2 * * *", SEOUL);
        Instant lastRun = Instant.parse("2026-11-19T17:30:00Z");
        assertThat(nightly.latest(Instant.parse("2026-11-22T09:00:00Z"), lastRun))
                .contains(Instant.parse("2026-11-21T17:30:00Z"));
        assertThat(nightly.latest(Instant.parse("2026-11-19T20:00:00Z"), lastRun)).isEmpty();
        FireTimes yearly = new FireTimes("0 0 3 1 1 *", SEOUL);
        assertThat(yearly.latest(Instant.parse("2026-11-22T09:00:00Z"), Instant.EPOCH))
                .contains(Instant.parse("2025-12-31T18:00:00Z"));
    }

    private static List<String> fires(String cron, ZoneId zone, String after, int count) {
        FireTimes times = new FireTimes(cron, zone);
        List<String> fires = new ArrayList<>();
        Instant at = Instant.parse(after);
        for (int i = 0; i < count; i++) {
            at = times.next(at).orElseThrow();
            fires.add(at.toString());
        }
        return fires;
    }
}
