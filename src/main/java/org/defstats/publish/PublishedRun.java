package org.defstats.publish;

import java.nio.file.Path;

/** A run that was published: its id, its folder under runs/ and the latest/ folder that now copies it. */
public record PublishedRun(String runId, Path folder, Path latest) {
}
