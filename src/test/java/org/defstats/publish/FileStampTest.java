package org.defstats.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Two stamps of a file, before and after it was read, tell whether it changed meanwhile. */
class FileStampTest {

    private final Instant noon = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aFileOfTheSameSizeAndTimeDidNotChange() {
        assertThat(new FileStamp(100, noon).changedSince(new FileStamp(100, noon))).isFalse();
    }

    @Test
    void aFileThatGrewShrankOrWasTouchedChanged() {
        FileStamp before = new FileStamp(100, noon);

        assertThat(new FileStamp(150, noon).changedSince(before)).isTrue();
        assertThat(new FileStamp(40, noon).changedSince(before)).isTrue();
        assertThat(new FileStamp(100, noon.plusMillis(1)).changedSince(before)).isTrue();
    }

    @Test
    void itsAgeIsTheTimeSinceItWasModified() {
        assertThat(new FileStamp(1, noon).age(noon.plusSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(new FileStamp(1, noon).age(noon.minusSeconds(3))).isNegative();
    }
}
