package org.defstats.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.defstats.csv.LineProblem;
import org.defstats.jobs.JobCatalog;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileReader;
import org.defstats.jobs.JobTypes;
import org.defstats.publish.Rejects;
import org.defstats.publish.Revisions;
import org.defstats.runs.PublishedBasis;
import org.defstats.runs.RunOutcome;
import org.defstats.runs.RunPreparation;
import org.springframework.util.FileSystemUtils;

/**
 * {@code defstats check [JOB...]}: a dry run. Reads and checks the job files and inputs as {@code run} does and runs
 * each job into a scratch output folder under the system temp folder, on a scratch repository that holds a copy of
 * the real repository's record of the job's last published run, and with a copy of the folder that still shows that
 * run as published as its {@code latest/}, so that currency, revisions and dropped rows are those a run would find.
 * Reports what a run would publish and removes the scratch folder: nothing is written to the output folder, and the
 * real repository is only read.
 */
final class CheckCommand {

    private final PrintStream out;
    private final PrintStream err;
    /** Where the scratch folder is made: the system temp folder, another for the tests. */
    private final Path temp;

    CheckCommand(PrintStream out, PrintStream err) {
        this(out, err, Path.of(System.getProperty("java.io.tmpdir")));
    }

    CheckCommand(PrintStream out, PrintStream err, Path temp) {
        this.out = out;
        this.err = err;
        this.temp = temp;
    }

    int check(Command.Check command, boolean debug) throws IOException {
        JobCatalog catalog = JobCatalog.load(command.jobs(), new JobFileReader(JobTypes.all()));
        List<JobDefinition> jobs = catalog.select(command.jobNames());
        if (jobs.isEmpty()) {
            err.println("defstats: no job files (*.yaml) in " + catalog.folder() + "; nothing to check");
            return Defstats.USAGE;
        }
        jobs.forEach(job -> RunPreparation.requireInputs(job, command.input()));
        Map<String, PublishedBasis> bases = new LinkedHashMap<>();
        try {
            for (JobDefinition job : jobs) {
                bases.put(job.name(), RecordedRuns.basis(command.output(), job.name()));
            }
        }
        catch (RuntimeException e) {
            err.println("defstats: cannot read the job repository of " + Defstats.shown(command.output()) + " ("
                    + e.getMessage().lines().findFirst().orElse("") + "); if a defstats schedule holds it open, "
                    + "stop it first");
            return Defstats.FAILED;
        }
        Path scratch = Files.createTempDirectory(temp, "defstats-check-");
        int exit = Defstats.OK;
        try (ReplaySession session = new ReplaySession(scratch.resolve("defstats.log"), debug)) {
            Path output = Files.createDirectory(scratch.resolve("output"));
            for (JobDefinition job : jobs) {
                PublishedBasis basis = bases.get(job.name());
                basis.findings().forEach(f -> out.println(job.name() + ": " + f + (basis.intact().isPresent()
                        && !basis.latestIntact() ? "; a run would put back latest/ from runs/" + basis.runId() : "")));
                if (basis.record().isPresent() && basis.intact().isEmpty()) {
                    out.println(job.name() + ": would be refused: the figures run " + basis.runId() + " published "
                            + "cannot be read back to compare with; restore its run folder from a backup, or publish "
                            + "without comparing: defstats run " + job.name() + " --accept-dropped-rows");
                    exit = Defstats.FAILED;
                    continue;
                }
                if (basis.intact().isPresent()) {
                    FileSystemUtils.copyRecursively(basis.intact().get(), output.resolve(job.name()).resolve("latest"));
                }
                RunOutcome outcome = session.run(job.name(), command.input(), command.jobs(), output, basis.record());
                if (!report(outcome, debug)) {
                    exit = Defstats.FAILED;
                }
            }
        }
        finally {
            FileSystemUtils.deleteRecursively(scratch);
        }
        return exit;
    }

    /** Says what a run would do; false when it would not publish and the job is not current. */
    private boolean report(RunOutcome outcome, boolean debug) throws IOException {
        if (outcome instanceof RunOutcome.Published p) {
            out.println(p.job() + ": would publish" + (p.revisions() == 0 ? "" : " (" + p.revisions()
                    + (p.revisions() == 1 ? " figure" : " figures") + " revised in "
                    + String.join(", ", revisedTables(p.latest())) + ")") + "; read " + p.read());
            List<LineProblem> skipped = skipped(p.latest());
            skipped.stream().limit(OutcomeReport.SHOWN_PROBLEMS).forEach(s -> out.println("  would skip "
                    + s.describe()));
            if (skipped.size() > OutcomeReport.SHOWN_PROBLEMS) {
                out.println("  and " + (skipped.size() - OutcomeReport.SHOWN_PROBLEMS) + " more skipped lines");
            }
            p.warnings().stream().limit(OutcomeReport.SHOWN_PROBLEMS).forEach(w -> out.println("  warning: " + w));
            if (p.warnings().size() > OutcomeReport.SHOWN_PROBLEMS) {
                out.println("  and " + (p.warnings().size() - OutcomeReport.SHOWN_PROBLEMS) + " more warnings");
            }
            return true;
        }
        if (outcome instanceof RunOutcome.Current c) {
            out.println(c.job() + ": current, inputs and settings unchanged since run " + c.runId());
            return true;
        }
        if (outcome instanceof RunOutcome.Failed f && !f.problems().isEmpty()) {
            out.println(f.job() + ": would be refused: " + f.problemCount()
                    + (f.problemCount() == 1 ? " problem" : " problems") + " in its inputs");
            f.problems().stream().limit(OutcomeReport.SHOWN_PROBLEMS).forEach(p -> out.println("  " + p.describe()));
            long more = f.problemCount() - Math.min(OutcomeReport.SHOWN_PROBLEMS, f.problems().size());
            if (more > 0) {
                out.println("  and " + more + " more");
            }
            return false;
        }
        if (outcome instanceof RunOutcome.Failed f) {
            out.println(f.job() + ": would fail: " + f.message());
            if (debug && f.cause() != null) {
                f.cause().printStackTrace(err);
            }
            return false;
        }
        out.println(outcome.job() + ": could not be checked (" + outcome.getClass().getSimpleName().toLowerCase()
                + ")");
        return false;
    }

    /** The tables named in the scratch run's revisions.csv, in name order. */
    private static Set<String> revisedTables(Path latest) throws IOException {
        Set<String> tables = new TreeSet<>();
        rows(latest.resolve(Revisions.FILE)).forEach(row -> tables.add(row.get("table")));
        return tables;
    }

    /** The lines that {@code max-rejects} let the scratch run skip, as its rejects.csv lists them (at most 1,000). */
    private static List<LineProblem> skipped(Path latest) throws IOException {
        return rows(latest.resolve(Rejects.FILE)).stream().map(row -> new LineProblem(row.get("file"),
                Long.parseLong(row.get("line")), Integer.parseInt(row.get("column")), row.get("value"),
                row.get("rule"), row.get("message"))).toList();
    }

    /** The rows of a CSV file with a header that the scratch run wrote, none when it wrote no such file. */
    private static List<CSVRecord> rows(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
