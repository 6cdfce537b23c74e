package org.defstats.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.defstats.io.Json;
import org.defstats.io.Sha256;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Checks a published run folder against its manifest: every file listed is there with its hash, and no other. */
public final class RunFolderCheck {

    private RunFolderCheck() {
    }

    /** A file that does not agree with the manifest: {@code changed}, {@code removed} or {@code added}. */
    public record Finding(String file, String what) {
        public String describe() {
            return what + ": " + file;
        }
    }

    /** The outputs a manifest lists, by name, with their SHA-256. */
    private static Map<String, String> listedOutputs(Path runDir) throws IOException {
        Path manifestFile = runDir.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new IOException(runDir + " has no manifest.json; give the folder of a published run, such as "
                    + "output/arrivals/runs/RUN_ID");
        }
        JsonNode manifest;
        try {
            manifest = Json.MAPPER.readTree(manifestFile.toFile());
        }
        catch (JacksonException e) {
            throw new IOException(manifestFile + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode outputs = manifest.at("/content/outputs");
        if (!outputs.isArray()) {
            throw new IOException(manifestFile + " lists no outputs; it is not a defstats manifest");
        }
        Map<String, String> listed = new LinkedHashMap<>();
        for (JsonNode output : outputs) {
            listed.put(output.get("name").asString(), output.get("sha256").asString());
        }
        JsonNode revisions = manifest.at("/run/revisions");
        if (revisions.hasNonNull("file")) {
            listed.put(revisions.get("file").asString(), revisions.get("sha256").asString());
        }
        return listed;
    }

    public static List<Finding> check(Path runDir) throws IOException {
        Map<String, String> listed = listedOutputs(runDir);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> output : listed.entrySet()) {
            Path file = runDir.resolve(output.getKey());
            if (!Files.isRegularFile(file)) {
                findings.add(new Finding(output.getKey(), "removed"));
            }
            else if (!Sha256.of(file).equals(output.getValue())) {
                findings.add(new Finding(output.getKey(), "changed"));
            }
        }
        try (Stream<Path> files = Files.walk(runDir)) {
            files.filter(Files::isRegularFile)
                    .map(f -> runDir.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("manifest.json") && !listed.containsKey(name))
                    .sorted()
                    .forEach(name -> findings.add(new Finding(name, "added")));
        }
        return findings;
    }
}
