package org.defstats.cli;

import java.nio.file.Path;
import java.util.List;

/** What the command line asks for, parsed and checked. */
sealed interface Command {

    /** The help text; {@code asked} false when no command was given, which is a usage error (exit 2). */
    record Help(boolean asked) implements Command {
    }

    record Version() implements Command {
    }

    record ListJobs(Path jobs) implements Command {
    }

    /**
     * @param springArguments {@code --spring.*} options, passed to Spring Boot as they are
     */
    /** @param acceptDroppedRows {@code --accept-dropped-rows}: publish even without rows the previous run had */
    record Run(List<String> jobNames, Path input, Path output, Path jobs, List<String> springArguments,
            boolean acceptDroppedRows) implements Command {

        Run(List<String> jobNames, Path input, Path output, Path jobs, List<String> springArguments) {
            this(jobNames, input, output, jobs, springArguments, false);
        }
    }

    /** A dry run: checks job files and inputs as {@code run} would and says what it would publish; writes nothing. */
    record Check(List<String> jobNames, Path input, Path output, Path jobs) implements Command {
    }

    /**
     * Checks a published run folder against its manifest and the job repository's record of the run.
     *
     * @param output the output folder whose job repository holds the record; null to take the one the folder is in
     */
    record Verify(Path runDir, Path output, List<String> springArguments) implements Command {

        Verify(Path runDir) {
            this(runDir, null, List.of());
        }
    }

    /** Compares a produced table with a table of published figures. */
    record Compare(Path table, Path published) implements Command {
    }

    /**
     * Lists the runs of the job repository of an output folder, newest first.
     *
     * @param jobs the jobs folder, whose job files name the jobs that {@code jobName} may be
     */
    record History(String jobName, Path output, Path jobs, List<String> springArguments) implements Command {
    }

    /** Restarts a failed or killed run through Spring Batch. */
    record Restart(String runId, Path output, List<String> springArguments) implements Command {
    }

    /**
     * Re-runs published runs from their archived inputs and job files and compares the outputs.
     *
     * @param runIds the runs to replay, in the order given; empty when {@code allOf} is given
     * @param allOf  the job whose every published run is replayed ({@code --all JOB}), or null
     */
    record Replay(List<String> runIds, String allOf, Path output) implements Command {
    }

    /** Removes the scratch replays of an output folder that are older than a week. */
    record Clean(Path output) implements Command {
    }

    /**
     * Writes a synthetic register of {@code persons} persons made with {@code seed} to {@code output}.
     */
    record SynthesizeRegister(long seed, long persons, Path output) implements Command {
    }

    /** The long-running scheduler: each job at its cron, until SIGTERM. */
    record Schedule(Path input, Path output, Path jobs, List<String> springArguments) implements Command {
    }
}
