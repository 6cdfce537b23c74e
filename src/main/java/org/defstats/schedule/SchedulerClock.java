package org.defstats.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * The time as the scheduler sees it, and its way of waiting for a time. The system clock waits for real; tests
 * give a clock that moves on at once, so that weeks of occurrences pass in milliseconds.
 */
public interface SchedulerClock {

    Instant now();

    /** Waits until {@code instant}, or less when {@link #wake()} is called meanwhile. */
    void waitUntil(Instant instant) throws InterruptedException;

    /** Ends a wait early, so that a stopping scheduler need not wait for its next fire time. */
    void wake();

    /** The system clock. */
    static SchedulerClock system() {
        return new SchedulerClock() {
            private final Object monitor = new Object();
            private boolean woken;

            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void waitUntil(Instant instant) throws InterruptedException {
                synchronized (monitor) {
                    while (!woken) {
                        long millis = Duration.between(Instant.now(), instant).toMillis();
                        if (millis <= 0) {
                            break;
                        }
                        monitor.wait(millis);
                    }
                    woken = false;
                }
            }

            @Override
            public void wake() {
                synchronized (monitor) {
                    woken = true;
                    monitor.notifyAll();
                }
            }
        };
    }
}
