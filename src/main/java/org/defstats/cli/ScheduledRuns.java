package org.defstats.cli;

import java.nio.file.Path;

import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileReader;
import org.defstats.runs.JobRunner;
import org.defstats.runs.RunOutcome;
import org.defstats.runs.RunPreparation;
import org.defstats.schedule.Scheduler;

/**
 * The scheduler's runs: each occurrence reads its job file again (so that the run uses, and archives, the file as
 * it is now, not as the last scan saw it), prepares the job from the input folder and runs it, as {@code run} does.
 */
record ScheduledRuns(JobRunner runner, JobFileReader reader, Path input, Path output) implements Scheduler.Runs {

    @Override
    public RunOutcome run(JobDefinition job) {
        JobDefinition current = reader.read(job.file());
        if (!current.name().equals(job.name())) {
            return new RunOutcome.Failed(job.name(), job.file() + " now names the job '" + current.name()
                    + "'; it is scheduled under that name from the next look at the jobs folder", null);
        }
        RunPreparation.requireInputs(current, input);
        return runner.run(RunPreparation.prepare(current, input, output));
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
