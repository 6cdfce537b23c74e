package org.defstats.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.defstats.io.FolderPaths;
import org.defstats.publish.Archive;
import org.defstats.publish.Manifest;
import org.defstats.publish.RunManifest;
import org.defstats.report.HtmlReport;
import org.defstats.runs.RunOutcome;


/**
 * {@code defstats replay RUN_ID [RUN_ID...]} and {@code defstats replay --all JOB}: rebuilds the input and jobs
 * folders of each published run from the archive, runs it into a scratch output folder, and compares every output
 * with the published one, tables cell by cell. The replays of one command share one Spring context and job
 * repository ({@link ReplaySession}); each has scratch folders of its own under
 * {@code OUTPUT/.defstats/replay/at-TIME-N/RUN_ID/}, removed when it is identical.
 */
final class Replays {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** How one replay ended. */
    private enum Result {
        IDENTICAL("identical"), DIFFERS("differ"), FAILED("failed"), NOT_FOUND("not found");

        private final String summary;

        Result(String summary) {
            this.summary = summary;
        }
    }

    private final PrintStream out;
    private final PrintStream err;

    Replays(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int replay(Command.Replay command, boolean debug) throws IOException {
        Path output = command.output();
        List<String> runIds = command.runIds();
        if (command.allOf() != null) {
            runIds = PublishedRunFolders.runIds(output, command.allOf());
            if (runIds.isEmpty()) {
                err.println("defstats: no published runs of " + command.allOf() + " in " + Defstats.shown(output)
                        + "; see defstats history");
                return Defstats.USAGE;
            }
        }
        boolean single = command.allOf() == null && runIds.size() == 1;
        Map<Result, Integer> results = new EnumMap<>(Result.class);
        Path session = null;
        ReplaySession spring = null;
        try {
            for (String runId : runIds) {
                Path runDir = PublishedRunFolders.find(output, runId);
                if (runDir == null) {
                    err.println("defstats: no published run " + runId + " in " + Defstats.shown(output)
                            + "; see defstats history");
                    results.merge(Result.NOT_FOUND, 1, Integer::sum);
                    continue;
                }
                if (session == null) {
                    session = startSession(output);
                    spring = new ReplaySession(session.resolve("defstats.log"), debug);
                }
                results.merge(replay(runId, runDir, output, scratch(session, runId), spring, debug), 1, Integer::sum);
            }
        }
        finally {
            if (spring != null) {
                spring.close();
            }
            if (session != null && onlyLog(session)) {
                delete(session);
            }
        }
        if (single) {
            Result only = results.keySet().iterator().next();
            return only == Result.IDENTICAL ? Defstats.OK : only == Result.NOT_FOUND ? Defstats.USAGE : Defstats.FAILED;
        }
        StringBuilder summary = new StringBuilder("replayed " + runIds.size() + (runIds.size() == 1 ? " run" : " runs"));
        String separator = ": ";
        for (Map.Entry<Result, Integer> result : results.entrySet()) {
            summary.append(separator).append(result.getValue()).append(' ').append(result.getKey() == Result.DIFFERS
                    && result.getValue() == 1 ? "differs" : result.getKey().summary);
            separator = ", ";
        }
        out.println(summary);
        return results.keySet().equals(Set.of(Result.IDENTICAL)) ? Defstats.OK : Defstats.FAILED;
    }

    private Result replay(String runId, Path runDir, Path output, Path scratch, ReplaySession spring, boolean debug)
            throws IOException {
        RunManifest.Content content;
        try {
            content = Manifest.readIn(runDir).content();
            rebuildFolders(content, new Archive(output), scratch);
        }
        catch (RuntimeException | IOException e) {
            delete(scratch);
            err.println("defstats: the replay of " + runId + " failed: " + message(e));
            debug(debug, e);
            return Result.FAILED;
        }
        List<String> differences;
        try {
            RunOutcome outcome = spring.run(content.job(), scratch.resolve("input"),
                    scratch.resolve("jobs"), scratch.resolve("output"));
            if (!(outcome instanceof RunOutcome.Published published)) {
                ByteArrayOutputStream report = new ByteArrayOutputStream();
                PrintStream stream = new PrintStream(report, true, StandardCharsets.UTF_8);
                new Defstats(stream, stream).report(outcome, debug);
                err.print(report.toString(StandardCharsets.UTF_8));
                err.println("defstats: the replay of " + runId + " failed; its folders are in "
                        + Defstats.shown(scratch));
                return Result.FAILED;
            }
            differences = ReplayedOutputs.differences(content, runDir, published.latest());
        }
        catch (RuntimeException | IOException e) {
            err.println("defstats: the replay of " + runId + " failed: " + message(e) + "; its folders are in "
                    + Defstats.shown(scratch));
            debug(debug, e);
            return Result.FAILED;
        }
        if (differences.isEmpty()) {
            List<String> reports = content.outputs().stream().map(o -> o.name()).filter(HtmlReport::isReport).toList();
            out.println("identical: the " + content.outputs().size() + " outputs of run " + runId
                    + " replayed byte for byte from its archived inputs and job file" + (reports.isEmpty() ? ""
                    : " (" + String.join(" and ", reports) + " apart from the run's identity)"));
            delete(scratch);
            return Result.IDENTICAL;
        }
        differences.forEach(out::println);
        err.println("defstats: the replay of " + runId + " differs from what was published; the replay "
                + "is in " + Defstats.shown(scratch));
        return Result.DIFFERS;
    }

    /** Copies the archived job file and inputs of a run into {@code scratch/jobs} and {@code scratch/input}. */
    private static void rebuildFolders(RunManifest.Content content, Archive archive, Path scratch) throws IOException {
        RunManifest.JobFile jobFile = content.jobFile();
        copy(archive, jobFile.name(), jobFile.archived(), jobFile.sha256(), scratch.resolve("jobs"));
        for (RunManifest.Input input : content.inputs()) {
            copy(archive, input.name(), input.archived(), input.sha256(), scratch.resolve("input"));
        }
    }

    private static void copy(Archive archive, String name, String archived, String sha256, Path folder)
            throws IOException {
        if (name == null || !FolderPaths.isInside(folder, name) || Path.of(name).getNameCount() != 1) {
            throw new IOException("the manifest names the file '" + name + "', which is not a plain file name");
        }
        if (archived == null || sha256 == null) {
            throw new IOException("the manifest does not say where " + name + " is archived and what its SHA-256 is");
        }
        Path from = archive.open(archived, sha256);
        Files.createDirectories(folder);
        Files.copy(from, folder.resolve(name));
    }

    private static Path startSession(Path output) throws IOException {
        Path replays = Files.createDirectories(output.resolve(".defstats/replay"));
        return Files.createTempDirectory(replays, "at-" + STAMP.format(Instant.now()) + "-");
    }

    /** A folder of its own for each replay, also when a command names a run twice. */
    private static Path scratch(Path session, String runId) throws IOException {
        Path scratch = session.resolve(runId);
        for (int n = 2; Files.exists(scratch); n++) {
            scratch = session.resolve(runId + "-" + n);
        }
        return Files.createDirectory(scratch);
    }

    /** Whether the session folder holds nothing but the log: every replay in it was identical. */
    private static boolean onlyLog(Path session) throws IOException {
        try (var files = Files.list(session)) {
            return files.allMatch(f -> f.getFileName().toString().startsWith("defstats.log"));
        }
    }

    /** The first line of an exception's message, for a one-line error. */
    private static String message(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private void debug(boolean debug, Throwable e) {
        if (debug) {
            e.printStackTrace(err);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                path.toFile().setWritable(true);
                Files.delete(path);
            }
        }
    }
}
