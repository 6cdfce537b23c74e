package org.defstats.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.defstats.audit.CsvTable;
import org.defstats.audit.TableDiff;
import org.defstats.io.FolderPaths;
import org.defstats.io.Json;
import org.defstats.io.Sha256;
import org.defstats.publish.Manifest;
import org.defstats.publish.RunManifest;
import org.defstats.report.HtmlReport;
import org.defstats.report.RunIdentity;


/**
 * Compares a replay with the published run: every output its manifest lists, byte for byte and tables cell by
 * cell (the reports apart from the run's identity, {@link RunIdentity}), and what the two manifests say of the
 * inputs. Each difference is one line for people.
 */
final class ReplayedOutputs {

    private ReplayedOutputs() {
    }

    /**
     * @param content   the {@code content} of the published run's manifest
     * @param published the published run folder
     * @param replayed  the folder the replay published into (its {@code latest/})
     */
    static List<String> differences(RunManifest.Content content, Path published, Path replayed) throws IOException {
        List<String> differences = new ArrayList<>();
        for (RunManifest.Output output : content.outputs()) {
            String name = output.name();
            if (!FolderPaths.isInside(published, name)) {
                differences.add("not compared: the manifest names the output " + name + ", which lies outside the "
                        + "run folder");
                continue;
            }
            differences.addAll(differences(name, output.sha256(), published.resolve(name),
                    replayed.resolve(name)));
        }
        List<RunManifest.Input> replayedInputs = Manifest.readIn(replayed).content().inputs();
        if (!replayedInputs.equals(content.inputs())) {
            differences.add("the manifests say different things of the inputs (encoding, rows, skipped lines or "
                    + "warnings): published " + Json.MAPPER.writeValueAsString(content.inputs()) + ", replayed "
                    + Json.MAPPER.writeValueAsString(replayedInputs));
        }
        return differences;
    }

    private static List<String> differences(String name, String sha256, Path ours, Path theirs) throws IOException {
        if (!Files.isRegularFile(theirs)) {
            return List.of("missing in the replay: " + name);
        }
        if (!Files.isRegularFile(ours)) {
            return List.of("missing from the published run: " + name + " (see defstats verify)");
        }
        List<String> differences = new ArrayList<>();
        byte[] replayedBytes = Files.readAllBytes(theirs);
        byte[] publishedBytes = Files.readAllBytes(ours);
        if (!Sha256.of(publishedBytes).equals(sha256)) {
            differences.add("changed since publishing: " + name + " no longer matches the manifest (see defstats "
                    + "verify)");
        }
        if (Arrays.equals(publishedBytes, replayedBytes)) {
            return differences;
        }
        if (HtmlReport.isReport(name) && RunIdentity.sameApartFromIdentity(publishedBytes, replayedBytes)) {
            return differences;
        }
        if (name.startsWith("tables/") && name.endsWith(".csv")) {
            List<String> cells = new ArrayList<>();
            TableDiff.compare(CsvTable.read(ours), CsvTable.parse(ours.getFileName().toString(), replayedBytes),
                    TableDiff.Matching.EXACT).forEach(d -> cells.add(d.describe("published", "replayed")));
            if (!cells.isEmpty()) {
                differences.addAll(cells);
                return differences;
            }
        }
        differences.add("differs: " + name + " (the published file's SHA-256 is " + Sha256.of(publishedBytes)
                + ", the replayed one's " + Sha256.of(replayedBytes) + ")");
        return differences;
    }
}
