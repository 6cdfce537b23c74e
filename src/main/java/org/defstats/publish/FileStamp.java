package org.defstats.publish;

import java.time.Duration;
import java.time.Instant;

/**
 * A file's size and last-modified time at one moment: two stamps taken before and after reading a file tell
 * whether it changed while it was read (an export still being written), and a stamp's age whether it changed
 * just before.
 */
public record FileStamp(long bytes, Instant modified) {

    /** Whether the file changed between {@code before} and this stamp: its size or its modification time differ. */
    public boolean changedSince(FileStamp before) {
        return bytes != before.bytes || !modified.equals(before.modified);
    }

    /** How long before {@code now} the file was last modified; negative when its time lies in the future. */
    public Duration age(Instant now) {
        return Duration.between(modified, now);
    }
}
