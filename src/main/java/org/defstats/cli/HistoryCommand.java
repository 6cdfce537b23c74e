package org.defstats.cli;

import static org.defstats.cli.Defstats.OK;
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

import org.defstats.runs.RunHistory;
import org.defstats.schedule.Occurrences;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code history}: the runs of the job repository and the scheduled occurrences that started none, newest first. */
final class HistoryCommand {

    private static final DateTimeFormatter HISTORY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintStream out;
    private final SpringContexts spring;

    HistoryCommand(PrintStream out, SpringContexts spring) {
        this.out = out;
        this.spring = spring;
    }

    int history(Command.History command, boolean debug) {
        boolean ownRepository = command.springArguments().stream()
                .noneMatch(a -> a.startsWith("--spring.datasource.url="));
        if (ownRepository && !Files.isDirectory(command.output().resolve(".defstats"))) {
            out.println("no runs yet in " + shown(command.output()));
            return OK;
        }
        List<RunHistory.Entry> entries = new ArrayList<>();
        try (ConfigurableApplicationContext context = spring.start(command.output(), command.springArguments(), debug, true)) {
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
}
