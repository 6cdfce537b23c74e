package org.defstats.publish;

import java.nio.file.Path;

/**
 * A run that was published: its id, its folder under runs/, the latest/ folder that now copies it, and how many
 * figures it revised.
 */
public record PublishedRun(String runId, Path folder, Path latest, int revisions) {
}
