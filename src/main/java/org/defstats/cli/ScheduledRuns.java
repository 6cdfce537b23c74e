package org.defstats.cli;

import java.nio.file.Path;

import org.defstats.jobs.JobDefinition;
import org.defstats.runs.JobRunner;
import org.defstats.runs.RunOutcome;
import org.defstats.runs.RunParameters;
import org.defstats.schedule.Scheduler;

/** The scheduler's runs: each occurrence prepares its job from the input folder and runs it, as {@code run} does. */
record ScheduledRuns(JobRunner runner, Path input, Path output) implements Scheduler.Runs {

    @Override
    public RunOutcome run(JobDefinition job) {
        RunParameters.requireInputs(job, input);
        return runner.run(RunParameters.prepare(job, input, output));
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
