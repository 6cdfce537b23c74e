package org.defstats.schedule;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.defstats.io.Sha256;
import org.defstats.jobs.JobCatalog;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileException;
import org.defstats.jobs.JobFileReader;
import org.defstats.runs.RunOutcome;

/**
 * The long-running scheduler: runs each job of a jobs/ folder at the fire times of its cron, one job at a time,
 * and picks up job files that are added, changed or removed while it runs. Several schedulers may share one job
 * repository: each occurrence is claimed in the database ({@link Occurrences}), so it runs once, and a run holds
 * its job's lock, so a job never runs twice at once. All waiting goes through a {@link SchedulerClock}.
 */
public final class Scheduler {

    /** How the scheduler runs a job; the command line runs it through Spring Batch, tests may pretend. */
    public interface Runs {

        RunOutcome run(JobDefinition job);

        /** Whether no process runs the job now: nobody holds its lock in the job repository. */
        boolean idle(String job);

        /** Stops what {@link #run} is running, so that it ends soon, restartable and with nothing published. */
        void stop();
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private static final DateTimeFormatter LOGGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final Path jobsFolder;
    private final Path output;
    private final JobFileReader reader;
    private final Runs runs;
    private final Occurrences occurrences;
    private final SchedulerClock clock;
    private final Duration rescan;
    private final String process;
    private final PrintStream out;
    private final PrintStream err;

    /** The planned jobs by their files, and the hash of every job file as last read (valid or not). */
    private final Map<Path, Plan> plans = new LinkedHashMap<>();
    private final Map<Path, String> read = new HashMap<>();
    /** Job files that were refused, read again when a job is removed (one may have used the same name). */
    private final java.util.Set<Path> refused = new java.util.HashSet<>();
    private volatile boolean stopping;

    /** A job's file, its fire times, its next occurrence and the retry of a failed one, if one is waiting. */
    private static final class Plan {
        JobDefinition job;
        FireTimes times;
        Instant next;
        boolean catchUp;
        Retry retry;

        Instant due() {
            if (retry != null && (next == null || retry.at().isBefore(next))) {
                return retry.at();
            }
            return next;
        }
    }

    /** A failed run of an occurrence, to be tried again at {@code at}. */
    private record Retry(Instant occurrence, boolean catchUp, int attempts, Instant at, String runId) {
    }

    /**
     * @param rescan  how often the jobs folder is read again for added, changed and removed job files
     * @param process how this process is named in the job repository and in status.json, {@code pid@host}
     */
    public Scheduler(Path jobsFolder, Path output, JobFileReader reader, Runs runs, Occurrences occurrences,
            SchedulerClock clock, Duration rescan, String process, PrintStream out, PrintStream err) {
        this.jobsFolder = jobsFolder;
        this.output = output;
        this.reader = reader;
        this.runs = runs;
        this.occurrences = occurrences;
        this.clock = clock;
        this.rescan = rescan;
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * Reads every job file strictly (a bad one is refused, naming the file, before anything runs), plans each job,
     * and runs occurrences until {@link #stop()}.
     *
     * @throws JobFileException when a job file is invalid at start
     */
    public void run() throws InterruptedException {
        start();
        while (!stopping) {
            Instant now = clock.now();
            Optional<Plan> due = plans.values().stream().filter(p -> p.due() != null && !p.due().isAfter(now))
                    .min(Comparator.comparing(Plan::due).thenComparing(p -> p.job.name()));
            if (due.isPresent()) {
                try {
                    fire(due.get(), now);
                }
                catch (RuntimeException e) {
                    skipAfterError(due.get(), now, e);
                }
                continue;
            }
            Instant wake = now.plus(rescan);
            for (Plan plan : plans.values()) {
                if (plan.due() != null && plan.due().isBefore(wake)) {
                    wake = plan.due();
                }
            }
            clock.waitUntil(wake);
            if (!stopping) {
                rescan(clock.now());
            }
        }
        for (Plan plan : plans.values()) {
            if (plan.retry != null) {
                finish(plan, plan.retry.occurrence(), Occurrences.Outcome.FAILED, plan.retry.runId(),
                        plan.retry.attempts(), "the scheduler stopped before the retry; restart the run or wait for "
                                + "the next occurrence");
            }
        }
        log(out, "stopped");
    }

    /**
     * A due occurrence could not be claimed or recorded (the job repository is unreachable, say): the scheduler
     * says so and goes on with the next fire time rather than ending.
     */
    private void skipAfterError(Plan plan, Instant now, RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (plan.retry != null && !plan.retry.at().isAfter(now)) {
            plan.retry = null;
        }
        if (plan.next != null && !plan.next.isAfter(now)) {
            plan.next = plan.times.next(now).orElse(null);
            plan.catchUp = false;
        }
        logNext(plan, "could not run: " + e.getMessage() + (root == e ? "" : " (" + root.getMessage() + ")")
                + "; next run ", err);
    }

    /** Stops the scheduler: ends its wait, and stops a running job so that it can be restarted. */
    public void stop() {
        if (!stopping) {
            log(out, "stopping: a running job stops at its next chunk or step");
        }
        stopping = true;
        clock.wake();
        runs.stop();
    }

    private void start() {
        JobCatalog catalog = JobCatalog.load(jobsFolder, reader);
        Instant now = clock.now();
        for (JobDefinition job : catalog.jobs()) {
            read.put(job.file(), hash(job.file()));
            if (job.schedule() == null) {
                log(out, job.name() + ": not scheduled (its job file has no schedule)");
                continue;
            }
            Plan plan = plan(job, now);
            Optional<Occurrences.Occurrence> last = occurrences.last(job.name());
            if (last.isPresent() && last.get().outcome() == Occurrences.Outcome.RUNNING && runs.idle(job.name())) {
                // claimed, but nobody runs it: the scheduler that claimed it ended without recording its outcome
                String ended = "the scheduler that ran it (" + last.get().claimedBy() + ") ended before it finished; "
                        + "the next run of the job restarts it";
                occurrences.finish(job.name(), last.get().fireTime(), Occurrences.Outcome.FAILED, last.get().runId(),
                        last.get().attempts(), ended, now);
                log(err, job.name() + ": its run of " + shown(last.get().fireTime(), job) + " failed: " + ended);
            }
            if (job.schedule().catchUp() && last.isPresent()) {
                Optional<Instant> missed = plan.times.latest(now, last.get().fireTime());
                if (missed.isPresent()) {
                    plan.next = missed.get();
                    plan.catchUp = true;
                    log(out, job.name() + ": missed its run of " + shown(missed.get(), job) + " while no scheduler "
                            + "ran; catching up now");
                }
            }
            plans.put(job.file(), plan);
            if (plan.catchUp) {
                log(out, job.name() + ": scheduled " + job.schedule().describe() + "; catching up the run of "
                        + shown(plan.next, job) + " now");
            }
            else {
                logNext(plan, "scheduled " + job.schedule().describe() + "; next run ");
            }
            writeStatus(plan, now);
        }
        if (plans.isEmpty()) {
            log(out, "no scheduled jobs in " + jobsFolder + " yet; job files added there are picked up");
        }
    }

    private Plan plan(JobDefinition job, Instant now) {
        Plan plan = new Plan();
        plan.job = job;
        plan.times = new FireTimes(job.schedule().cron(), job.schedule().zone());
        plan.next = plan.times.next(now).orElse(null);
        return plan;
    }

    /** Reads job files that were added or changed since the last look, and forgets removed ones. */
    private void rescan(Instant now) {
        List<Path> files;
        try {
            files = JobCatalog.files(jobsFolder);
        }
        catch (IOException e) {
            log(err, "cannot list the jobs folder " + jobsFolder + ": " + e.getMessage() + "; keeping the schedule");
            return;
        }
        for (Path file : new ArrayList<>(read.keySet())) {
            if (!files.contains(file)) {
                read.remove(file);
                refused.remove(file);
                Plan removed = plans.remove(file);
                if (removed != null) {
                    log(out, removed.job.name() + ": " + file.getFileName() + " was removed; no longer scheduled");
                    unscheduled(removed, now);
                    // a file refused for using this job's name may be valid now
                    refused.forEach(read::remove);
                }
            }
        }
        for (Path file : files) {
            String hash = hash(file);
            if (hash == null || hash.equals(read.get(file))) {
                continue;
            }
            read.put(file, hash);
            Plan old = plans.remove(file);
            JobDefinition job;
            try {
                job = reader.read(file);
                for (Plan other : plans.values()) {
                    if (other.job.name().equals(job.name())) {
                        throw new JobFileException(file + ": 'name' is '" + job.name() + "', which "
                                + other.job.file() + " already uses; job names must differ");
                    }
                }
            }
            catch (JobFileException e) {
                log(err, e.getMessage() + (old == null ? "; not scheduled" : "; " + old.job.name()
                        + " is no longer scheduled") + " until the file is fixed");
                refused.add(file);
                if (old != null) {
                    keepRetry(old);
                    unscheduled(old, now);
                }
                continue;
            }
            refused.remove(file);
            if (job.schedule() == null) {
                log(out, job.name() + ": " + file.getFileName() + " has no schedule; not scheduled");
                keepRetry(old);
                continue;
            }
            Plan plan = plan(job, now);
            if (old != null && old.job.name().equals(job.name())) {
                plan.retry = old.retry;
            }
            else if (old != null) {
                keepRetry(old);
                log(out, old.job.name() + ": " + file.getFileName() + " now names the job " + job.name()
                        + "; " + old.job.name() + " is no longer scheduled");
                unscheduled(old, now);
            }
            plans.put(file, plan);
            boolean same = old != null && old.job.name().equals(job.name());
            logNext(plan, (same ? "changed " : "added ") + job.schedule().describe() + "; next run ");
            writeStatus(plan, now);
        }
    }

    /** status.json of a job no longer scheduled: no next fire time. */
    private void unscheduled(Plan plan, Instant now) {
        plan.next = null;
        plan.retry = null;
        writeStatus(plan, now);
    }

    /** A job file changed so that its job is gone: a waiting retry ends as failed. */
    private void keepRetry(Plan old) {
        if (old != null && old.retry != null) {
            finish(old, old.retry.occurrence(), Occurrences.Outcome.FAILED, old.retry.runId(), old.retry.attempts(),
                    "its job file changed before the retry");
        }
    }

    private void fire(Plan plan, Instant now) throws InterruptedException {
        JobDefinition job = plan.job;
        Instant occurrence;
        boolean catchUp;
        int attempts;
        boolean nextDue = plan.next != null && !plan.next.isAfter(now);
        if (plan.retry != null && !nextDue) {
            occurrence = plan.retry.occurrence();
            catchUp = plan.retry.catchUp();
            attempts = plan.retry.attempts();
            plan.retry = null;
        }
        else {
            if (plan.retry != null) {
                finish(plan, plan.retry.occurrence(), Occurrences.Outcome.FAILED, plan.retry.runId(),
                        plan.retry.attempts(), "the next occurrence came before its retry");
                plan.retry = null;
            }
            occurrence = plan.times.latest(now, plan.next).orElse(plan.next);
            if (!occurrence.equals(plan.next)) {
                log(out, job.name() + ": its runs from " + shown(plan.next, job) + " were missed (a run or the job "
                        + "repository kept it waiting); running the latest");
            }
            catchUp = plan.catchUp || !occurrence.equals(plan.next);
            plan.next = plan.times.next(occurrence).orElse(null);
            plan.catchUp = false;
            Optional<Occurrences.Occurrence> taken = occurrences.claim(job.name(), occurrence, catchUp, process, now);
            if (taken.isPresent()) {
                log(out, job.name() + ": the run of " + shown(occurrence, job) + " was taken by "
                        + taken.get().claimedBy() + "; next run " + shown(plan.next, job));
                return;
            }
            log(out, job.name() + ": running the occurrence of " + shown(occurrence, job)
                    + (catchUp ? " (catching up)" : ""));
            attempts = 0;
            writeStatus(plan, now);
        }
        attempts++;
        RunOutcome outcome;
        try {
            outcome = runs.run(job);
        }
        catch (RuntimeException e) {
            outcome = new RunOutcome.Failed(job.name(), e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
        Instant ended = clock.now();
        if (outcome instanceof RunOutcome.Failed failed && attempts <= job.schedule().retries() && !stopping) {
            Instant at = ended.plus(job.schedule().retryDelay());
            plan.retry = new Retry(occurrence, catchUp, attempts, at, failed.runId());
            occurrences.finish(job.name(), occurrence, Occurrences.Outcome.RETRY_WAITING, failed.runId(), attempts,
                    failed.message(), ended);
            log(err, job.name() + ": failed, nothing published: " + describe(failed) + "; retry " + attempts
                    + " of " + job.schedule().retries() + " at " + shown(at, job) + "; next run "
                    + shown(plan.next, job));
            writeStatus(plan, ended);
            return;
        }
        Occurrences.Outcome recorded;
        String runId = null;
        String message;
        if (outcome instanceof RunOutcome.Published published) {
            recorded = Occurrences.Outcome.PUBLISHED;
            runId = published.runId();
            message = "published run " + published.runId() + " (read " + published.read() + ")"
                    + (published.revisions() == 0 ? "" : "; " + published.revisions() + " figures revised");
        }
        else if (outcome instanceof RunOutcome.Current current) {
            recorded = Occurrences.Outcome.UP_TO_DATE;
            runId = current.runId();
            message = "up to date: inputs and settings unchanged since run " + current.runId() + "; nothing published";
        }
        else if (outcome instanceof RunOutcome.Busy) {
            recorded = Occurrences.Outcome.BUSY;
            message = "skipped: another run of " + job.name() + " holds its lock in the job repository";
        }
        else if (outcome instanceof RunOutcome.Stopped stopped) {
            recorded = Occurrences.Outcome.STOPPED;
            runId = stopped.runId();
            message = "stopped, nothing published; restart it with: defstats restart " + stopped.runId();
        }
        else {
            recorded = Occurrences.Outcome.FAILED;
            runId = ((RunOutcome.Failed) outcome).runId();
            message = "failed, nothing published: " + describe((RunOutcome.Failed) outcome)
                    + (attempts > 1 ? " (after " + attempts + " attempts)" : "")
                    + (runId == null ? "" : "; restart it with: defstats restart " + runId);
        }
        finish(plan, occurrence, recorded, runId, attempts, message);
        logNext(plan, message + "; next run ", recorded == Occurrences.Outcome.PUBLISHED
                || recorded == Occurrences.Outcome.UP_TO_DATE ? out : err);
    }

    private void finish(Plan plan, Instant occurrence, Occurrences.Outcome outcome, String runId, int attempts,
            String message) {
        Instant now = clock.now();
        occurrences.finish(plan.job.name(), occurrence, outcome, runId, attempts, message, now);
        writeStatus(plan, now);
    }

    private static String describe(RunOutcome.Failed failed) {
        if (failed.problems().isEmpty()) {
            return failed.message();
        }
        return failed.problemCount() + (failed.problemCount() == 1 ? " problem" : " problems") + " in its inputs, "
                + "listed in " + failed.rejects() + "; the first: " + failed.problems().get(0).describe();
    }

    private void writeStatus(Plan plan, Instant now) {
        try {
            StatusFile.write(output, plan.job, occurrences.last(plan.job.name()).orElse(null), plan.next,
                    plan.retry == null ? null : plan.retry.at(), process, now);
        }
        catch (IOException | RuntimeException e) {
            log(err, plan.job.name() + ": cannot write its status.json: " + e.getMessage());
        }
    }

    private void logNext(Plan plan, String prefix) {
        logNext(plan, prefix, out);
    }

    private void logNext(Plan plan, String prefix, PrintStream stream) {
        String next = shown(plan.next, plan.job);
        if (plan.next != null && plan.next.isBefore(clock.now())) {
            next = "now (" + next + " has passed)";
        }
        log(stream, plan.job.name() + ": " + prefix + next);
    }

    private void log(PrintStream stream, String line) {
        stream.println(LOGGED.format(clock.now().atZone(ZoneId.systemDefault())) + "  " + line);
    }

    private static String shown(Instant instant, JobDefinition job) {
        return instant == null ? "never (the cron does not fire again)"
                : SHOWN.format(instant.atZone(job.schedule().zone()));
    }

    private static String hash(Path file) {
        try {
            return Sha256.of(Files.readAllBytes(file));
        }
        catch (IOException e) {
            return null;
        }
    }
}
