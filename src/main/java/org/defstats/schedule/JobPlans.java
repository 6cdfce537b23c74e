package org.defstats.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.defstats.io.Sha256;
import org.defstats.jobs.JobCatalog;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileException;
import org.defstats.jobs.JobFileReader;

/**
 * The plans of the scheduled jobs, kept in step with the jobs folder: made from every job file at start (a bad one
 * refuses the start), then changed as job files are added, changed or removed while the scheduler runs (a bad one
 * is said on the console and its job is no longer scheduled until it is fixed).
 */
final class JobPlans {

    private final Path jobsFolder;
    private final JobFileReader reader;
    private final Occurrences occurrences;
    private final StatusRecorder status;
    private final ScheduleLog log;

    /** The planned jobs by their files, and the hash of every job file as last read (valid or not). */
    private final Map<Path, Plan> plans = new LinkedHashMap<>();
    private final Map<Path, String> read = new HashMap<>();
    /** Job files that were refused, read again when a job is removed (one may have used the same name). */
    private final Set<Path> refused = new HashSet<>();

    JobPlans(Path jobsFolder, JobFileReader reader, Occurrences occurrences, StatusRecorder status, ScheduleLog log) {
        this.jobsFolder = jobsFolder;
        this.reader = reader;
        this.occurrences = occurrences;
        this.status = status;
        this.log = log;
    }

    Collection<Plan> all() {
        return plans.values();
    }

    /**
     * Reads every job file strictly and plans each scheduled job, catching up a missed occurrence where its schedule
     * says so; an occurrence left running by a scheduler that ended (nobody holds the job's lock) is recorded failed.
     *
     * @param idle whether nobody runs a job now
     * @throws JobFileException when a job file is invalid
     */
    void start(Instant now, Predicate<String> idle) {
        JobCatalog catalog = JobCatalog.load(jobsFolder, reader);
        for (JobDefinition job : catalog.jobs()) {
            read.put(job.file(), hash(job.file()));
            if (job.schedule() == null) {
                log.out(job.name() + ": not scheduled (its job file has no schedule)");
                continue;
            }
            Plan plan = Plan.of(job, now);
            Optional<Occurrences.Occurrence> last = occurrences.last(job.name());
            if (last.isPresent() && last.get().outcome() == Occurrences.Outcome.RUNNING && idle.test(job.name())) {
                // claimed, but nobody runs it: the scheduler that claimed it ended without recording its outcome
                String ended = "the scheduler that ran it (" + last.get().claimedBy() + ") ended before it finished; "
                        + "the next run of the job restarts it";
                occurrences.finish(job.name(), last.get().fireTime(), Occurrences.Outcome.FAILED, last.get().runId(),
                        last.get().attempts(), ended, now);
                log.err(job.name() + ": its run of " + ScheduleLog.shown(last.get().fireTime(), job) + " failed: "
                        + ended);
            }
            if (job.schedule().catchUp() && last.isPresent()) {
                Optional<Instant> missed = plan.times.latest(now, last.get().fireTime());
                if (missed.isPresent()) {
                    plan.next = missed.get();
                    plan.catchUp = true;
                    log.out(job.name() + ": missed its run of " + ScheduleLog.shown(missed.get(), job) + " while no "
                            + "scheduler ran; catching up now");
                }
            }
            plans.put(job.file(), plan);
            if (plan.catchUp) {
                log.out(job.name() + ": scheduled " + job.schedule().describe() + "; catching up the run of "
                        + ScheduleLog.shown(plan.next, job) + " now");
            }
            else {
                log.next(plan, "scheduled " + job.schedule().describe() + "; next run ");
            }
            status.write(plan, now);
        }
        if (plans.isEmpty()) {
            log.out("no scheduled jobs in " + jobsFolder + " yet; job files added there are picked up");
        }
    }

    /** Reads job files that were added or changed since the last look, and forgets removed ones. */
    void rescan(Instant now) {
        List<Path> files;
        try {
            files = JobCatalog.files(jobsFolder);
        }
        catch (IOException e) {
            log.err("cannot list the jobs folder " + jobsFolder + ": " + e.getMessage() + "; keeping the schedule");
            return;
        }
        for (Path file : new ArrayList<>(read.keySet())) {
            if (!files.contains(file)) {
                removed(file, now);
            }
        }
        for (Path file : files) {
            String hash = hash(file);
            if (hash != null && !hash.equals(read.get(file))) {
                read.put(file, hash);
                changed(file, now);
            }
        }
    }

    private void removed(Path file, Instant now) {
        read.remove(file);
        refused.remove(file);
        Plan removed = plans.remove(file);
        if (removed != null) {
            log.out(removed.job.name() + ": " + file.getFileName() + " was removed; no longer scheduled");
            unscheduled(removed, now);
            // a file refused for using this job's name may be valid now
            refused.forEach(read::remove);
        }
    }

    private void changed(Path file, Instant now) {
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
            log.err(e.getMessage() + (old == null ? "; not scheduled" : "; " + old.job.name()
                    + " is no longer scheduled") + " until the file is fixed");
            refused.add(file);
            if (old != null) {
                endRetry(old);
                unscheduled(old, now);
            }
            return;
        }
        refused.remove(file);
        if (job.schedule() == null) {
            log.out(job.name() + ": " + file.getFileName() + " has no schedule; not scheduled");
            endRetry(old);
            return;
        }
        Plan plan = Plan.of(job, now);
        boolean same = old != null && old.job.name().equals(job.name());
        if (same) {
            plan.retry = old.retry;
        }
        else if (old != null) {
            endRetry(old);
            log.out(old.job.name() + ": " + file.getFileName() + " now names the job " + job.name()
                    + "; " + old.job.name() + " is no longer scheduled");
            unscheduled(old, now);
        }
        plans.put(file, plan);
        log.next(plan, (same ? "changed " : "added ") + job.schedule().describe() + "; next run ");
        status.write(plan, now);
    }

    /** status.json of a job no longer scheduled: no next fire time. */
    private void unscheduled(Plan plan, Instant now) {
        plan.next = null;
        plan.retry = null;
        status.write(plan, now);
    }

    /** A job file changed so that its job is gone: a waiting retry ends as failed. */
    private void endRetry(Plan old) {
        if (old != null && old.retry != null) {
            status.finish(old, old.retry.occurrence(), Occurrences.Outcome.FAILED, old.retry.runId(),
                    old.retry.attempts(), "its job file changed before the retry");
        }
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
