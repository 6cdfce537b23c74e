package org.defstats.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The run that {@code JOB/latest/} shows, from its manifest: its id and the fingerprint of the inputs and settings
 * it was made from.
 */
public record LatestRun(String runId, String fingerprint) {

    /** The run of {@code jobFolder/latest}, empty when there is none or its manifest cannot be read. */
    public static Optional<LatestRun> of(Path jobFolder) {
        Path manifest = jobFolder.resolve("latest").resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            RunManifest shown = Manifest.read(manifest);
            return Optional.of(new LatestRun(shown.run().runId(), shown.content().parameters().fingerprint()));
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }
}
