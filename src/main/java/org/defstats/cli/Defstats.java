package org.defstats.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.defstats.io.DiskFullException;
import org.defstats.jobs.JobCatalog;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileException;
import org.defstats.jobs.JobFileReader;
import org.defstats.jobs.JobTypes;
import org.defstats.runs.ApplicationVersion;
import org.defstats.runs.RunOutcome;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code defstats} command: parses the command line, reads the job files, starts Spring only to run
 * jobs (not when every job of a run is current and the job repository was left settled), and turns outcomes
 * into console lines and an exit code (0 success, 1 a job failed, 2 usage error or refused job file).
 */
public final class Defstats {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean handleSignals;

    /** How many times this instance started Spring, for the tests of what needs it. */
    private final SpringContexts spring = new SpringContexts();

    public Defstats(PrintStream out, PrintStream err) {
        this(out, err, false);
    }

    /**
     * @param handleSignals whether SIGTERM and SIGINT stop the running job (STOPPED, restartable) rather than end
     *                      the JVM under it; only for the process's own command line, since it is process-wide
     */
    public Defstats(PrintStream out, PrintStream err, boolean handleSignals) {
        this.out = Console.inert(out);
        this.err = Console.inert(err);
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
                return new RunCommand(out, err, spring, this::stopOnSignal).run(run, parsed.debug());
            }
            if (command instanceof Command.Check check) {
                return new CheckCommand(out, err).check(check, parsed.debug());
            }
            if (command instanceof Command.Schedule schedule) {
                return new ScheduleCommand(out, err, spring, this::stopOnSignal).schedule(schedule, parsed.debug());
            }
            if (command instanceof Command.History history) {
                return new HistoryCommand(out, err, spring).history(history, parsed.debug());
            }
            if (command instanceof Command.Restart restart) {
                return new RunCommand(out, err, spring, this::stopOnSignal).restart(restart, parsed.debug());
            }
            if (command instanceof Command.Replay replay) {
                return new Replays(out, err).replay(replay, parsed.debug());
            }
            if (command instanceof Command.Clean clean) {
                return new CleanCommand(out, err).clean(clean, Instant.now());
            }
            if (command instanceof Command.Verify verify) {
                return new VerifyCommand(out, err, spring).verify(verify, parsed.debug());
            }
            if (command instanceof Command.Compare compare) {
                return new AuditCommands(out, err).compare(compare);
            }
            if (command instanceof Command.SynthesizeRegister synthesize) {
                return new SynthesizeCommand(out).synthesize(synthesize);
            }
            if (command instanceof Command.Help help && !help.asked()) {
                err.print(Help.TEXT);
                return USAGE;
            }
            out.print(command instanceof Command.Version ? "defstats " + ApplicationVersion.current() + "\n" : Help.TEXT);
            return OK;
        }
        catch (DiskFullException e) {
            err.println("defstats: " + e.getMessage());
            debug(parsed.debug(), e);
            return FAILED;
        }
        catch (JobFileException | JobCatalog.UnknownJobException | java.io.IOException e) {
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

    private int list(Command.ListJobs command) {
        JobCatalog catalog = JobCatalog.load(command.jobs(), new JobFileReader(JobTypes.all()));
        int width = catalog.jobs().stream().mapToInt(j -> j.name().length()).max().orElse(4);
        for (JobDefinition job : catalog.jobs()) {
            String schedule = job.schedule() == null ? "not scheduled"
                    : job.schedule().cron() + " " + job.schedule().zone();
            out.println(String.format("%-" + width + "s  %-9s  %-24s  %s", job.name(), job.type().name(), schedule,
                    job.description()));
        }
        if (catalog.jobs().isEmpty()) {
            out.println("no job files (*.yaml) in " + catalog.folder());
        }
        return OK;
    }

    private void stopOnSignal(Runnable stop) {
        if (handleSignals) {
            StopSignals.install(stop);
        }
    }

    /** Reports what became of a job on this command's console. */
    void report(RunOutcome outcome, boolean debug) {
        new OutcomeReport(out, err).report(outcome, debug);
    }

    ConfigurableApplicationContext startSpring(Path output, List<String> springArguments, boolean debug) {
        return spring.start(output, springArguments, debug, true);
    }

    ConfigurableApplicationContext startSpring(Path output, List<String> springArguments, boolean debug,
            boolean shutdownHook) {
        return spring.start(output, springArguments, debug, shutdownHook);
    }

    /** The output folder's own job repository, an H2 file (see {@link SpringContexts#ownRepositoryUrl}). */
    static String ownRepositoryUrl(Path output) {
        return SpringContexts.ownRepositoryUrl(output);
    }

    int springStarts() {
        return spring.starts();
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
