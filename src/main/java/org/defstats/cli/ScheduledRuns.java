package org.defstats.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileReader;
import org.defstats.runs.JobRunner;
import org.defstats.runs.RunOutcome;
import org.defstats.runs.RunPreparation;
import org.defstats.schedule.Scheduler;

/**
 * The scheduler's runs: each occurrence reads its job file again (so that the run uses, and archives, the file as
 * it is now, not as the last scan saw it), prepares the job from the input folder and runs it, as {@code run} does.
 * An input changed within the settle time is refused: the occurrence is recorded as failed (or waits for its retry)
 * and the job runs again at its next fire time.
 */
record ScheduledRuns(JobRunner runner, JobFileReader reader, Path input, Path output, Duration settle)
        implements Scheduler.Runs {

    /** The scheduler's runs, each leaving an input changed within {@link RunPreparation#SCHEDULE_SETTLE}. */
    ScheduledRuns(JobRunner runner, JobFileReader reader, Path input, Path output) {
        this(runner, reader, input, output, RunPreparation.SCHEDULE_SETTLE);
    }

    @Override
    public RunOutcome run(JobDefinition job) {
        JobDefinition current = reader.read(job.file());
        if (!current.name().equals(job.name())) {
            return new RunOutcome.Failed(job.name(), job.file() + " now names the job '" + current.name()
                    + "'; it is scheduled under that name from the next look at the jobs folder", null);
        }
        RunPreparation.requireInputs(current, input);
        return runner.run(RunPreparation.prepare(current, input, output, settle, Instant.now()));
    }

    @Override
    public boolean idle(String job) {
        return runner.idle(job);
    }

    @Override
    public void stop() {
        runner.stopRunning();
    }
}
