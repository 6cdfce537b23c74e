package org.defstats.cli;

import static org.defstats.cli.Defstats.FAILED;
import static org.defstats.cli.Defstats.OK;
import static org.defstats.cli.Defstats.shown;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.defstats.audit.RecordCheck;
import org.defstats.audit.RunFolderCheck;
import org.defstats.publish.Manifest;
import org.defstats.publish.PublishedRecord;
import org.defstats.publish.PublishedRecords;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code verify RUN_DIR}: checks a published run folder against its own manifest and against the job repository's
 * record of the run, and says which of the two disagrees. A manifest can be edited together with the files it
 * lists; the record cannot be, by editing files. A folder outside any output folder with a job repository (a copy
 * sent to an auditor) can be checked against its manifest alone, and the command says so.
 */
final class VerifyCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final SpringContexts spring;

    VerifyCommand(PrintStream out, PrintStream err, SpringContexts spring) {
        this.out = out;
        this.err = err;
        this.spring = spring;
    }

    int verify(Command.Verify command, boolean debug) throws IOException {
        Path runDir = command.runDir();
        List<RunFolderCheck.Finding> byManifest = RunFolderCheck.check(runDir);
        byManifest.forEach(f -> out.println(f.describe() + " (against manifest.json)"));
        Optional<Path> output = command.output() != null ? Optional.of(command.output()) : outputOf(runDir);
        boolean ownRepository = command.springArguments().stream()
                .noneMatch(a -> a.startsWith("--spring.datasource.url="));
        if (output.isEmpty() || ownRepository && !Files.isDirectory(output.get().resolve(".defstats"))) {
            if (!byManifest.isEmpty()) {
                return failed(byManifest.size(), "the manifest of " + shown(runDir));
            }
            out.println("verified against its manifest only: every file of " + shown(runDir) + " matches "
                    + "manifest.json; no job repository was found to hold the record of its run (give the output "
                    + "folder it was published in with --output DIR)");
            return OK;
        }
        String runId = Manifest.readIn(runDir).run().runId();
        Optional<PublishedRecord> record;
        try (ConfigurableApplicationContext context = spring.start(output.get(), command.springArguments(), debug,
                true)) {
            record = context.getBean(PublishedRecords.class).find(runId);
        }
        if (record.isEmpty()) {
            err.println("defstats: the job repository of " + shown(output.get()) + " has no record of run " + runId
                    + ", which the manifest of " + shown(runDir) + " names: it was not published there, or its "
                    + "manifest was edited");
            return FAILED;
        }
        List<RunFolderCheck.Finding> byRecord = RecordCheck.check(runDir, record.get());
        byRecord.forEach(f -> out.println(f.describe() + " (against the job repository's record of run " + runId
                + ")"));
        if (byManifest.isEmpty() && byRecord.isEmpty()) {
            out.println("verified: every file of " + shown(runDir) + " matches its manifest and the job repository's "
                    + "record of run " + runId);
            return OK;
        }
        if (byManifest.isEmpty()) {
            return failed(byRecord.size(), "the job repository's record of run " + runId + " (the manifest agrees "
                    + "with the files, so it was edited with them)");
        }
        long files = java.util.stream.Stream.concat(byManifest.stream(), byRecord.stream())
                .map(RunFolderCheck.Finding::file).distinct().count();
        return failed((int) files, byRecord.isEmpty() ? "the manifest of " + shown(runDir)
                : "the manifest of " + shown(runDir) + " and the job repository's record of run " + runId);
    }

    private int failed(int findings, String what) {
        err.println("defstats: " + findings + (findings == 1 ? " file does" : " files do") + " not match " + what);
        return FAILED;
    }

    /**
     * The output folder a run folder lies in: {@code OUTPUT/JOB/runs/RUN_ID} or {@code OUTPUT/JOB/latest}; empty
     * for a folder elsewhere.
     */
    static Optional<Path> outputOf(Path runDir) {
        Path folder = runDir.toAbsolutePath().normalize();
        Path parent = folder.getParent();
        if (parent == null || parent.getParent() == null) {
            return Optional.empty();
        }
        if (folder.getFileName().toString().equals("latest")) {
            return Optional.of(parent.getParent());
        }
        if (parent.getFileName().toString().equals("runs") && parent.getParent().getParent() != null) {
            return Optional.of(parent.getParent().getParent());
        }
        return Optional.empty();
    }
}
