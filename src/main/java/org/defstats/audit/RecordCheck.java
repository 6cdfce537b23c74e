package org.defstats.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.defstats.io.FolderPaths;
import org.defstats.io.Sha256;
import org.defstats.publish.Manifest;
import org.defstats.publish.PublishedRecord;
import org.defstats.publish.RunManifest;

/**
 * Checks a folder that should show a published run ({@code runs/RUN_ID} or {@code latest/}) against what the job
 * repository recorded when the run was published: the manifest and every file with its hash, and no other file.
 * Unlike {@link RunFolderCheck} it trusts nothing in the folder, the manifest included.
 */
public final class RecordCheck {

    private RecordCheck() {
    }

    /** The files of {@code folder} that disagree with the record; empty when the folder shows the run intact. */
    public static List<RunFolderCheck.Finding> check(Path folder, PublishedRecord record) throws IOException {
        List<RunFolderCheck.Finding> findings = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            findings.add(new RunFolderCheck.Finding("", "removed"));
            return findings;
        }
        compare(folder, Manifest.FILE, record.manifestSha256(), findings);
        for (RunManifest.Output file : record.files()) {
            if (!FolderPaths.isInside(folder, file.name())) {
                throw new IOException("the job repository records the file '" + file.name() + "' for run "
                        + record.runId() + ", which lies outside its run folder; the repository cannot be trusted");
            }
            compare(folder, file.name(), file.sha256(), findings);
        }
        Set<String> names = record.files().stream().map(RunManifest.Output::name).collect(Collectors.toSet());
        RunFolderCheck.entries(folder).stream()
                .filter(name -> !name.equals(Manifest.FILE) && !names.contains(name))
                .forEach(name -> findings.add(new RunFolderCheck.Finding(name, "added")));
        return findings;
    }

    /** Whether {@code folder} shows the recorded run with every file as published. */
    public static boolean intact(Path folder, PublishedRecord record) {
        try {
            return check(folder, record).isEmpty();
        }
        catch (IOException e) {
            return false;
        }
    }

    private static void compare(Path folder, String name, String sha256, List<RunFolderCheck.Finding> findings)
            throws IOException {
        Path file = folder.resolve(name);
        if (Files.isSymbolicLink(file)) {
            // a link is not the file that was published, whatever it points to now
            findings.add(new RunFolderCheck.Finding(name, "changed"));
        }
        else if (!Files.isRegularFile(file)) {
            findings.add(new RunFolderCheck.Finding(name, "removed"));
        }
        else if (!Sha256.of(file).equals(sha256)) {
            findings.add(new RunFolderCheck.Finding(name, "changed"));
        }
    }
}
