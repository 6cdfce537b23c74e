package org.defstats.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.defstats.io.FolderPaths;
import org.defstats.io.Sha256;
import org.defstats.publish.Manifest;
import org.defstats.publish.RunManifest;

/**
 * Checks a published run folder against its manifest: every file listed is there with its hash, and no other. A
 * manifest that lists a file outside the run folder is refused.
 */
public final class RunFolderCheck {

    private RunFolderCheck() {
    }

    /** A file that does not agree with the manifest: {@code changed}, {@code removed} or {@code added}. */
    public record Finding(String file, String what) {
        public String describe() {
            return what + ": " + file;
        }
    }

    public static List<Finding> check(Path runDir) throws IOException {
        if (!Files.isRegularFile(runDir.resolve(Manifest.FILE))) {
            throw new IOException(runDir + " has no manifest.json; give the folder of a published run, such as "
                    + "output/arrivals/runs/RUN_ID");
        }
        List<RunManifest.Output> listed = Manifest.readIn(runDir).listedFiles();
        Set<String> names = listed.stream().map(RunManifest.Output::name).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (RunManifest.Output output : listed) {
            if (!FolderPaths.isInside(runDir, output.name())) {
                throw new IOException(runDir.resolve(Manifest.FILE) + " lists the file '" + output.name() + "', which "
                        + "lies outside the run folder; this manifest cannot be trusted: restore the run folder from "
                        + "a backup");
            }
            Path file = FolderPaths.inside(runDir, output.name());
            if (Files.isSymbolicLink(file)) {
                findings.add(new Finding(output.name(), "changed"));
            }
            else if (!Files.isRegularFile(file)) {
                findings.add(new Finding(output.name(), "removed"));
            }
            else if (!Sha256.of(file).equals(output.sha256())) {
                findings.add(new Finding(output.name(), "changed"));
            }
        }
        entries(runDir).stream()
                .filter(name -> !name.equals(Manifest.FILE) && !names.contains(name))
                .forEach(name -> findings.add(new Finding(name, "added")));
        return findings;
    }

    /**
     * Everything in a run folder that is not a folder, by name relative to it, in name order: files, and links
     * (to a file or a folder) as themselves, never followed, so that a link to a folder elsewhere is not taken for
     * part of the run nor its files for published ones. A folder that is itself a link is read where it points.
     */
    static List<String> entries(Path folder) throws IOException {
        Path root = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
