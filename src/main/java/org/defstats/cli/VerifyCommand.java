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
        if (!Files.isRegularFile(runDir.resolve(Manifest.FILE))) {
            RunFolderCheck.check(runDir); // says what the folder lacks, as a usage error
        }
        List<RunFolderCheck.Finding> byManifest;
        try {
            byManifest = RunFolderCheck.check(runDir);
        }
        catch (IOException e) {
            // a manifest that is garbled, or lists a file outside its folder, is a folder that does not verify
            err.println("defstats: " + e.getMessage() + "; " + shown(runDir) + " is not verified");
            return FAILED;
        }
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
        Optional<String> misplaced;
        try (ConfigurableApplicationContext context = spring.start(output.get(), command.springArguments(), debug,
                true)) {
            PublishedRecords records = context.getBean(PublishedRecords.class);
            record = records.find(runId);
            misplaced = record.flatMap(r -> misplaced(runDir, output.get(), r, records));
        }
        if (record.isEmpty()) {
            err.println("defstats: the job repository of " + shown(output.get()) + " has no record of run " + runId
                    + ", which the manifest of " + shown(runDir) + " names: it was not published there, or its "
                    + "manifest was edited");
            return FAILED;
        }
        if (misplaced.isPresent()) {
            err.println("defstats: " + misplaced.get());
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

    /**
     * Why a folder of the output folder does not show the recorded run it names where it lies: {@code runs/RUN_ID}
     * must hold that run of its job, and {@code latest/} the newest run the repository records for its job (a copy
     * of an older run's folder put there matches that run's record, yet is not what was published last).
     */
    private static Optional<String> misplaced(Path runDir, Path output, PublishedRecord record,
            PublishedRecords records) {
        Path folder = runDir.toAbsolutePath().normalize();
        if (!outputOf(runDir).map(o -> o.equals(output.toAbsolutePath().normalize())).orElse(false)) {
            return Optional.empty();
        }
        boolean isLatest = folder.getFileName().toString().equals("latest");
        String job = (isLatest ? folder.getParent() : folder.getParent().getParent()).getFileName().toString();
        if (!record.job().equals(job)) {
            return Optional.of(shown(runDir) + " shows run " + record.runId() + " of the job " + record.job()
                    + ", not of " + job + ", whose folder it is in");
        }
        if (!isLatest && !folder.getFileName().toString().equals(record.runId())) {
            return Optional.of(shown(runDir) + " shows run " + record.runId() + ", not the run its folder is named "
                    + "after");
        }
        if (isLatest) {
            Optional<String> newest = records.newest(output, job).map(PublishedRecord::runId);
            if (!newest.equals(Optional.of(record.runId()))) {
                return Optional.of(shown(runDir) + " shows run " + record.runId() + ", but the job repository records "
                        + newest.map(n -> "run " + n).orElse("no run") + " as the newest published run of " + job
                        + " in " + shown(output) + ", which latest/ must show; a run of " + job
                        + " puts it back");
            }
        }
        return Optional.empty();
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
