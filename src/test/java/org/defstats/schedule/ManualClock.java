package org.defstats.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A scheduler clock that tests move: a wait moves the time on at once, and things can be made to happen at set
 * times (a job file edited, say). When the time passes {@code end} the scheduler is stopped, so a test drives
 * weeks of occurrences in milliseconds and never sleeps.
 */
public final class ManualClock implements SchedulerClock {

    private record Event(Instant at, Runnable action) {
    }

    private Instant now;
    private final Instant end;
    private final List<Event> events = new ArrayList<>();
    private Scheduler scheduler;

    public ManualClock(Instant start, Instant end) {
        this.now = start;
        this.end = end;
    }

    public void stopping(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Does something when the time reaches {@code at}; the scheduler wakes for it. */
    public void at(Instant at, Runnable action) {
        events.add(new Event(at, action));
        events.sort(Comparator.comparing(Event::at));
    }

    /** A run that takes time. */
    public void pass(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public void waitUntil(Instant instant) {
        if (!events.isEmpty() && !events.get(0).at().isAfter(instant)) {
            Event event = events.remove(0);
            now = event.at().isAfter(now) ? event.at() : now;
            event.action().run();
            return;
        }
        now = instant.isAfter(now) ? instant : now;
        if (now.isAfter(end)) {
            scheduler.stop();
        }
    }

    @Override
    public void wake() {
    }
}
