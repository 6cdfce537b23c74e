package org.defstats.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.defstats.io.Json;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The run that {@code JOB/latest/} shows, from its manifest: its id and the fingerprint of the inputs and settings
 * it was made from.
 */
public record LatestRun(String runId, String fingerprint) {

    /** The run of {@code jobFolder/latest}, empty when there is none or its manifest cannot be read. */
    public static Optional<LatestRun> of(Path jobFolder) {
        Path manifest = jobFolder.resolve("latest").resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            JsonNode node = Json.MAPPER.readTree(manifest.toFile());
            JsonNode runId = node.at("/run/runId");
            JsonNode fingerprint = node.at("/content/parameters/fingerprint");
            if (!runId.isString() || !fingerprint.isString()) {
                return Optional.empty();
            }
            return Optional.of(new LatestRun(runId.asString(), fingerprint.asString()));
        }
        catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
