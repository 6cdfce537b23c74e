package org.defstats.cli;

import static org.defstats.cli.Defstats.OK;
import static org.defstats.cli.Defstats.USAGE;
import static org.defstats.cli.Defstats.shown;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.defstats.jobs.JobCatalog;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileException;
import org.defstats.jobs.JobFileReader;
import org.defstats.jobs.JobTypes;
import org.defstats.runs.RunHistory;
import org.defstats.schedule.Occurrences;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code history}: the runs of the job repository and the scheduled occurrences that started none, newest first. */
final class HistoryCommand {

    private static final DateTimeFormatter HISTORY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintStream out;
    private final PrintStream err;
    private final SpringContexts spring;

    HistoryCommand(PrintStream out, PrintStream err, SpringContexts spring) {
        this.out = out;
        this.err = err;
        this.spring = spring;
    }

    /**
     * A named job must have a job file in the jobs folder or runs in the job repository (a job whose file was
     * removed keeps its history); any other name is a usage error that names the jobs there are.
     */
    int history(Command.History command, boolean debug) {
        String job = command.jobName();
        List<String> files = jobFiles(command.jobs());
        boolean ownRepository = command.springArguments().stream()
                .noneMatch(a -> a.startsWith("--spring.datasource.url="));
        if (ownRepository && !Files.isDirectory(command.output().resolve(".defstats"))) {
            if (job != null && !files.contains(job)) {
                return unknown(job, files, command);
            }
            out.println("no runs yet in " + shown(command.output()));
            return OK;
        }
        List<RunHistory.Entry> entries = new ArrayList<>();
        try (ConfigurableApplicationContext context = spring.start(command.output(), command.springArguments(), debug, true)) {
            RunHistory history = context.getBean(RunHistory.class);
            entries.addAll(history.entries(job, command.output()));
            entries.addAll(scheduledWithoutRun(context.getBean(Occurrences.class).all(job)));
            if (job != null && entries.isEmpty() && !files.contains(job)) {
                List<String> known = new ArrayList<>(files);
                history.entries(null, command.output()).stream().map(RunHistory.Entry::job)
                        .filter(j -> !known.contains(j)).distinct().forEach(known::add);
                return unknown(job, known, command);
            }
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
                            + (e.revisedTables().isEmpty() ? "" : "revised in " + e.revisedTables().replace(",", ", ")
                                    + "  ")
                            + (e.folder() == null ? "" : shown(e.folder()) + "/")).stripTrailing());
        }
        return OK;
    }

    private int unknown(String job, List<String> known, Command.History command) {
        err.println("defstats: there is no job '" + job + "': no job file in " + shown(command.jobs())
                + " and no run in " + shown(command.output()) + "; " + (known.isEmpty() ? "there are no jobs"
                        : "the jobs are " + String.join(", ", known.stream().sorted().toList())));
        return USAGE;
    }

    /**
     * The names of the jobs of the jobs folder, as {@code list} reads them; none when the folder is missing or
     * refused, since history reads the job repository and a broken job file must not hide it.
     */
    private static List<String> jobFiles(java.nio.file.Path folder) {
        try {
            return JobCatalog.load(folder, new JobFileReader(JobTypes.all())).jobs().stream().map(JobDefinition::name)
                    .toList();
        }
        catch (JobFileException e) {
            return List.of();
        }
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
                    "", what, 0, "", null));
        }
        return entries;
    }
}
