package org.defstats.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.defstats.jobs.JobCatalog;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileException;
import org.defstats.jobs.JobFileReader;
import org.defstats.runs.RunOutcome;
import org.defstats.schedule.Scheduler;
import org.defstats.schedule.SchedulerClock;
import org.defstats.site.Site;

/**
 * The scheduler's runs, each followed by a rewrite of the site ({@link Site}) with the job files as they are now,
 * at the scheduler's time; a failure to write the site is said on stderr and changes nothing of the run.
 */
record SiteAfterEachRun(Scheduler.Runs runs, Site site, Path jobs, JobFileReader reader, SchedulerClock clock,
        PrintStream err)
        implements Scheduler.Runs {

    @Override
    public RunOutcome run(JobDefinition job) {
        RunOutcome outcome;
        try {
            outcome = runs.run(job);
        }
        catch (RuntimeException e) {
            written(new RunOutcome.Failed(job.name(), e.getMessage() == null ? e.toString() : e.getMessage(), e));
            throw e;
        }
        written(outcome);
        return outcome;
    }

    private void written(RunOutcome outcome) {
        Optional<String> problem;
        try {
            List<JobDefinition> current = JobCatalog.load(jobs, reader).jobs();
            problem = site.after(List.of(outcome), current, clock.now());
        }
        catch (JobFileException e) {
            problem = site.afterWithoutJobFiles(outcome, clock.now());
        }
        problem.ifPresent(p -> err.println("defstats: " + p));
    }

    @Override
    public boolean idle(String job) {
        return runs.idle(job);
    }

    @Override
    public void stop() {
        runs.stop();
    }
}
