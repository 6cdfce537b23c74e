package org.defstats.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.defstats.DefstatsApplication;
import org.defstats.audit.CellDifference;
import org.defstats.audit.CsvTable;
import org.defstats.audit.RunFolderCheck;
import org.defstats.audit.TableDiff;
import org.defstats.jobs.JobCatalog;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileException;
import org.defstats.jobs.JobFileReader;
import org.defstats.jobs.JobTypes;
import org.defstats.runs.ApplicationVersion;
import org.defstats.runs.JobRunner;
import org.defstats.runs.RunHistory;
import org.defstats.runs.RunId;
import org.defstats.runs.RunOutcome;
import org.defstats.runs.RunParameters;
import org.defstats.schedule.Occurrences;
import org.defstats.schedule.Scheduler;
import org.defstats.schedule.SchedulerClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The {@code defstats} command: parses the command line, reads the job files, starts Spring only to run
 * jobs (not when every job of a run is current and the job repository was left settled), and turns outcomes
 * into console lines and an exit code (0 success, 1 a job failed, 2 usage error or refused job file).
 */
public final class Defstats {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** How many problems of a refused input the console shows; rejects.csv lists them all. */
    private static final int SHOWN_PROBLEMS = 20;

    private static final DateTimeFormatter HISTORY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** How often the scheduler looks for added, changed and removed job files. */
    private static final Duration RESCAN = Duration.ofSeconds(10);

    private final PrintStream out;
    private final PrintStream err;

    private final boolean handleSignals;

    /** How many times this instance started Spring, for the tests of what needs it. */
    private int springStarts;

    public Defstats(PrintStream out, PrintStream err) {
        this(out, err, false);
    }

    /**
     * @param handleSignals whether SIGTERM and SIGINT stop the running job (STOPPED, restartable) rather than end
     *                      the JVM under it; only for the process's own command line, since it is process-wide
     */
    public Defstats(PrintStream out, PrintStream err, boolean handleSignals) {
        this.out = out;
        this.err = err;
        this.handleSignals = handleSignals;
    }

    public int execute(String... args) {
        CommandLine.Parsed parsed;
        try {
            parsed = CommandLine.parse(Arrays.asList(args), home());
        }
        catch (CommandLine.UsageException e) {
            err.println("defstats: " + e.getMessage() + " (see defstats --help)");
            return USAGE;
        }
        try {
            Command command = parsed.command();
            if (command instanceof Command.ListJobs list) {
                return list(list);
            }
            if (command instanceof Command.Run run) {
                return run(run, parsed.debug());
            }
            if (command instanceof Command.Schedule schedule) {
                return schedule(schedule, parsed.debug());
            }
            if (command instanceof Command.History history) {
                return history(history, parsed.debug());
            }
            if (command instanceof Command.Restart restart) {
                return restart(restart, parsed.debug());
            }
            if (command instanceof Command.Replay replay) {
                return new Replays(out, err).replay(replay, parsed.debug());
            }
            if (command instanceof Command.Verify verify) {
                return verify(verify);
            }
            if (command instanceof Command.Compare compare) {
                return compare(compare);
            }
            out.print(command instanceof Command.Version ? "defstats " + ApplicationVersion.current() + "\n" : Help.TEXT);
            return OK;
        }
        catch (JobFileException | JobCatalog.UnknownJobException e) {
            err.println("defstats: " + e.getMessage());
            debug(parsed.debug(), e);
            return USAGE;
        }
        catch (java.io.IOException e) {
            err.println("defstats: " + e.getMessage());
            debug(parsed.debug(), e);
            return USAGE;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("defstats: interrupted");
            return FAILED;
        }
        catch (RuntimeException e) {
            err.println("defstats: " + message(e) + (parsed.debug() ? "" : " (run with --debug for details)"));
            debug(parsed.debug(), e);
            return FAILED;
        }
    }

    private int verify(Command.Verify command) throws java.io.IOException {
        List<RunFolderCheck.Finding> findings = RunFolderCheck.check(command.runDir());
        if (findings.isEmpty()) {
            out.println("verified: every file of " + shown(command.runDir()) + " matches its manifest");
            return OK;
        }
        findings.forEach(f -> out.println(f.describe()));
        err.println("defstats: " + findings.size() + (findings.size() == 1 ? " file does" : " files do")
                + " not match the manifest of " + shown(command.runDir()));
        return FAILED;
    }

    private int compare(Command.Compare command) throws java.io.IOException {
        CsvTable table = CsvTable.read(command.table());
        CsvTable published = CsvTable.read(command.published());
        List<CellDifference> differences;
        try {
            differences = TableDiff.compare(published, table, TableDiff.Matching.PUBLISHED_ROUNDING);
        }
        catch (IllegalArgumentException e) {
            err.println("defstats: " + e.getMessage());
            return USAGE;
        }
        if (differences.isEmpty()) {
            out.println("identical: every figure of " + published.name() + " matches " + table.name()
                    + " at its published rounding");
            return OK;
        }
        differences.forEach(d -> out.println(d.describe("published", "computed")));
        err.println("defstats: " + differences.size() + (differences.size() == 1 ? " figure differs" : " figures differ")
                + " from " + published.name());
        return FAILED;
    }

    private int list(Command.ListJobs command) {
        JobCatalog catalog = JobCatalog.load(command.jobs(), new JobFileReader(JobTypes.all()));
        int width = catalog.jobs().stream().mapToInt(j -> j.name().length()).max().orElse(4);
        for (JobDefinition job : catalog.jobs()) {
            String schedule = job.schedule() == null ? "not scheduled"
                    : job.schedule().cron() + " " + job.schedule().zone();
            out.printf("%-" + width + "s  %-9s  %-24s  %s%n", job.name(), job.type().name(), schedule,
                    job.description());
        }
        if (catalog.jobs().isEmpty()) {
            out.println("no job files (*.yaml) in " + catalog.folder());
        }
        return OK;
    }

    private int run(Command.Run command, boolean debug) {
        JobCatalog catalog = JobCatalog.load(command.jobs(), new JobFileReader(JobTypes.all()));
        List<JobDefinition> jobs = catalog.select(command.jobNames());
        if (jobs.isEmpty()) {
            err.println("defstats: no job files (*.yaml) in " + catalog.folder() + "; nothing to run");
            return USAGE;
        }
        jobs.forEach(job -> RunParameters.requireInputs(job, command.input()));
        List<RunParameters> prepared = new ArrayList<>();
        for (JobDefinition job : jobs) {
            prepared.add(RunParameters.prepare(job, command.input(), command.output()));
        }
        // --debug shows the framework's logging, so it takes the way through Spring
        Optional<List<RunOutcome>> current = debug ? Optional.empty()
                : SettledRepository.allCurrent(prepared, command.output(), command.springArguments());
        if (current.isPresent()) {
            current.get().forEach(outcome -> report(outcome, debug));
            return OK;
        }
        int exit = OK;
        try (ConfigurableApplicationContext context = startSpring(command.output(), command.springArguments(), debug)) {
            JobRunner runner = context.getBean(JobRunner.class);
            stopOnSignal(runner::stopRunning);
            for (RunParameters parameters : prepared) {
                RunOutcome outcome = runner.run(parameters);
                report(outcome, debug);
                if (!(outcome instanceof RunOutcome.Published || outcome instanceof RunOutcome.Current)) {
                    exit = FAILED;
                }
            }
        }
        return exit;
    }

    void report(RunOutcome outcome, boolean debug) {
        if (outcome instanceof RunOutcome.Published p) {
            out.println(p.job() + ": published run " + p.runId() + " (read " + p.read() + ")"
                    + (p.revisions() == 0 ? "" : "; " + p.revisions() + (p.revisions() == 1 ? " figure" : " figures")
                            + " revised, listed in revisions.csv"));
            out.println("  " + shown(p.latest()) + "/  " + String.join("  ", p.files()));
            p.warnings().forEach(w -> err.println("defstats: warning: " + w));
        }
        else if (outcome instanceof RunOutcome.Busy b) {
            err.println("defstats: " + b.job() + " is running in another process that shares the job repository; "
                    + "nothing done");
        }
        else if (outcome instanceof RunOutcome.Stopped s) {
            err.println("defstats: " + s.job() + " was stopped, nothing published; restart it with: defstats restart "
                    + s.runId());
        }
        else if (outcome instanceof RunOutcome.Current c) {
            out.println(c.job() + ": current, inputs and settings unchanged since run "
                    + c.runId() + "; nothing new published (" + shown(c.latest()) + "/)");
        }
        else if (outcome instanceof RunOutcome.Failed f) {
            if (f.problems().isEmpty()) {
                err.println("defstats: " + f.job() + " failed, nothing published: " + f.message());
            }
            else {
                err.println("defstats: " + f.job() + " failed, nothing published: " + f.problemCount()
                        + (f.problemCount() == 1 ? " problem" : " problems") + " in its inputs");
                f.problems().stream().limit(SHOWN_PROBLEMS).forEach(p -> err.println("  " + p.describe()));
                long more = f.problemCount() - Math.min(SHOWN_PROBLEMS, f.problems().size());
                String listed = f.problemCount() > f.problems().size()
                        ? "the first " + f.problems().size() + " are listed in " : "all listed in ";
                err.println("  " + (more > 0 ? "and " + more + " more; " : "") + listed + shown(f.rejects()));
            }
            debug(debug, f.cause());
        }
    }

    /**
     * Runs the scheduler until SIGTERM (or Ctrl-C), which stops it and its running job (STOPPED, restartable) before
     * the job repository closes; then exits 0. Spring's own shutdown hook is off, since it would close the
     * repository under the job.
     */
    private int schedule(Command.Schedule command, boolean debug) throws InterruptedException {
        JobFileReader reader = new JobFileReader(JobTypes.all());
        JobCatalog.load(command.jobs(), reader);
        ConfigurableApplicationContext context = startSpring(command.output(), command.springArguments(), debug, false);
        Scheduler scheduler = new Scheduler(command.jobs(), command.output(), reader,
                new ScheduledRuns(context.getBean(JobRunner.class), reader, command.input(), command.output()),
                context.getBean(Occurrences.class), SchedulerClock.system(), RESCAN, process(), out, err);
        stopOnSignal(scheduler::stop);
        try {
            scheduler.run();
        }
        finally {
            context.close();
        }
        return OK;
    }

    private void stopOnSignal(Runnable stop) {
        if (handleSignals) {
            StopSignals.install(stop);
        }
    }

    /** This process as the job repository and status.json name it. */
    static String process() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        }
        catch (java.io.IOException e) {
            host = "localhost";
        }
        return ProcessHandle.current().pid() + "@" + host;
    }

    private int history(Command.History command, boolean debug) {
        boolean ownRepository = command.springArguments().stream()
                .noneMatch(a -> a.startsWith("--spring.datasource.url="));
        if (ownRepository && !Files.isDirectory(command.output().resolve(".defstats"))) {
            out.println("no runs yet in " + shown(command.output()));
            return OK;
        }
        List<RunHistory.Entry> entries = new ArrayList<>();
        try (ConfigurableApplicationContext context = startSpring(command.output(), command.springArguments(), debug)) {
            entries.addAll(context.getBean(RunHistory.class).entries(command.jobName(), command.output()));
            entries.addAll(scheduledWithoutRun(context.getBean(Occurrences.class).all(command.jobName())));
        }
        entries.sort(Comparator.comparing(RunHistory.Entry::start, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Comparator.comparingLong(RunHistory.Entry::executionId).reversed()));
        if (entries.isEmpty()) {
            out.println(command.jobName() == null ? "no runs yet" : "no runs of " + command.jobName() + " yet");
            return OK;
        }
        out.println(String.format("%-22s  %-12s  %-10s  %-19s  %8s  %-12s  %9s  %s", "RUN", "JOB", "STATUS", "STARTED",
                "DURATION", "FINGERPRINT", "REVISIONS", "ROWS / FOLDER"));
        for (RunHistory.Entry e : entries) {
            out.println(String.format("%-22s  %-12s  %-10s  %-19s  %8s  %-12s  %9d  %s", e.runId(), e.job(), e.status(),
                    e.start() == null ? "" : HISTORY_TIME.format(e.start()),
                    e.duration() == null ? "" : String.format("%.1f s", e.duration().toMillis() / 1000.0),
                    e.fingerprint(), e.revisions(), (e.read().isEmpty() ? "" : e.read() + "  ")
                            + (e.folder() == null ? "" : shown(e.folder()) + "/")).stripTrailing());
        }
        return OK;
    }

    /**
     * The scheduled occurrences that started no run of their own, as history lines: those found up to date (the run
     * they were current with is named), those skipped because the job was running elsewhere, and those that failed
     * before a run started (a missing input, say).
     */
    private static List<RunHistory.Entry> scheduledWithoutRun(List<Occurrences.Occurrence> occurrences) {
        List<RunHistory.Entry> entries = new ArrayList<>();
        for (Occurrences.Occurrence o : occurrences) {
            String what;
            if (o.outcome() == Occurrences.Outcome.UP_TO_DATE) {
                what = "scheduled; current with run " + o.runId();
            }
            else if (o.outcome() == Occurrences.Outcome.BUSY) {
                what = "scheduled; " + o.job() + " was running elsewhere";
            }
            else if (o.outcome() == Occurrences.Outcome.FAILED && o.runId() == null) {
                what = "scheduled; " + o.message();
            }
            else {
                continue;
            }
            LocalDateTime start = LocalDateTime.ofInstant(o.claimedAt(), ZoneId.systemDefault());
            Duration duration = o.endedAt() == null ? null : Duration.between(o.claimedAt(), o.endedAt());
            entries.add(new RunHistory.Entry("-", 0, o.job(), o.outcome().name().replace('_', '-'), start, duration,
                    "", what, 0, null));
        }
        return entries;
    }

    private int restart(Command.Restart command, boolean debug) {
        try {
            RunId.executionId(command.runId());
        }
        catch (IllegalArgumentException e) {
            err.println("defstats: " + e.getMessage());
            return USAGE;
        }
        try (ConfigurableApplicationContext context = startSpring(command.output(), command.springArguments(), debug)) {
            RunOutcome outcome;
            try {
                stopOnSignal(context.getBean(JobRunner.class)::stopRunning);
                outcome = context.getBean(JobRunner.class).restart(command.runId(), command.output());
            }
            catch (IllegalArgumentException e) {
                err.println("defstats: " + e.getMessage());
                return USAGE;
            }
            report(outcome, debug);
            return outcome instanceof RunOutcome.Published ? OK : FAILED;
        }
    }

    ConfigurableApplicationContext startSpring(Path output, List<String> springArguments, boolean debug) {
        return startSpring(output, springArguments, debug, true);
    }

    ConfigurableApplicationContext startSpring(Path output, List<String> springArguments, boolean debug,
            boolean shutdownHook) {
        Path repository = output.resolve(".defstats");
        try {
            Files.createDirectories(repository);
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the output folder " + output + ": " + e.getMessage());
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.datasource.url", ownRepositoryUrl(output));
        defaults.put("spring.datasource.username", "sa");
        defaults.put("logging.file.name", repository.resolve("defstats.log").toString());
        defaults.put("logging.threshold.console", debug ? "INFO" : "OFF");
        springStarts++;
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(DefstatsApplication.class)
                    .registerShutdownHook(shutdownHook)
                    .properties(defaults)
                    .listeners(event -> {
                        if (event instanceof ContextClosedEvent closed) {
                            SettledRepository.closing(closed.getApplicationContext(), output);
                        }
                    })
                    .run(springArguments.toArray(String[]::new));
        }
        catch (RuntimeException e) {
            String cause = rootMessage(e).replaceFirst(" \\[[0-9.]+/[0-9-]+\\]$", "");
            boolean locked = cause.contains("already in use") || cause.contains("locked");
            if (locked) {
                throw new IllegalStateException("the job repository in " + output + " is in use by another defstats "
                        + "process; if that is a defstats schedule, it keeps the repository open until it is stopped "
                        + "(SIGTERM), so stop it first, or give every process a shared PostgreSQL job repository "
                        + "(see README)", e);
            }
            throw new IllegalStateException("cannot open the job repository: " + cause, e);
        }
        try {
            SettledRepository.opened(output);
        }
        catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }

    /**
     * The output folder's own job repository, an H2 file. initialize-schema=always re-runs the Batch DDL on every
     * start; its "already exists" errors are expected, and H2 would otherwise trace each one into a
     * repository.trace.db file. WRITE_DELAY=0 writes each commit to the file at once, so that a killed process leaves
     * the record of its running job. DB_CLOSE_ON_EXIT=FALSE: the context closes the database, after a stopping job
     * has been recorded.
     */
    static String ownRepositoryUrl(Path output) {
        return "jdbc:h2:file:" + output.resolve(".defstats").resolve("repository").toAbsolutePath()
                + ";TRACE_LEVEL_FILE=0;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    int springStarts() {
        return springStarts;
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String cause = firstLine(root.getMessage());
        return root == e || first.contains(cause) ? first : first + " (" + cause + ")";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return firstLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    static String shown(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
    }

    private void debug(boolean debug, Throwable e) {
        if (debug && e != null) {
            e.printStackTrace(err);
        }
    }

    /** The defstats folder: DEFSTATS_HOME as the launcher sets it, else the current folder. */
    static Path home() {
        String home = System.getenv("DEFSTATS_HOME");
        return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
    }

}
