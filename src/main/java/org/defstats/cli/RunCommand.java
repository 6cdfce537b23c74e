package org.defstats.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.defstats.jobs.JobCatalog;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileReader;
import org.defstats.jobs.JobTypes;
import org.defstats.publish.PublishedRecords;
import org.defstats.runs.JobRunner;
import org.defstats.runs.RunId;
import org.defstats.runs.RunOutcome;
import org.defstats.runs.RunParameters;
import org.defstats.runs.RunPreparation;
import org.defstats.site.Site;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code run} and {@code restart} commands: prepare the jobs, start Spring only when the job repository could
 * change the answer, run each job and report its outcome. A full disk or a lost job repository ends the command with
 * one line ({@link StorageFailures}), since every job after it would fail the same way.
 */
final class RunCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final SpringContexts spring;
    private final Consumer<Runnable> stopOnSignal;

    RunCommand(PrintStream out, PrintStream err, SpringContexts spring, Consumer<Runnable> stopOnSignal) {
        this.out = out;
        this.err = err;
        this.spring = spring;
        this.stopOnSignal = stopOnSignal;
    }

    int run(Command.Run command, boolean debug) {
        JobCatalog catalog = JobCatalog.load(command.jobs(), new JobFileReader(JobTypes.all()));
        List<JobDefinition> jobs = catalog.select(command.jobNames());
        if (jobs.isEmpty()) {
            err.println("defstats: no job files (*.yaml) in " + catalog.folder() + "; nothing to run");
            return Defstats.USAGE;
        }
        jobs.forEach(job -> RunPreparation.requireInputs(job, command.input()));
        List<RunParameters> prepared = new ArrayList<>();
        for (JobDefinition job : jobs) {
            RunParameters parameters = RunPreparation.prepare(job, command.input(), command.output(), null,
                    Instant.now());
            prepared.add(command.acceptDroppedRows() ? parameters.acceptingDroppedRows() : parameters);
        }
        // --debug shows the framework's logging, so it takes the way through Spring
        Optional<List<RunOutcome>> current = debug ? Optional.empty()
                : SettledRepository.allCurrent(prepared, command.output(), command.springArguments());
        if (current.isPresent()) {
            current.get().forEach(outcome -> report(outcome, debug));
            site(currentSite(command.output(), current.get(), catalog.jobs()));
            return Defstats.OK;
        }
        int exit = Defstats.OK;
        try (ConfigurableApplicationContext context = spring.start(command.output(), command.springArguments(), debug,
                true)) {
            JobRunner runner = context.getBean(JobRunner.class);
            Site site = new Site(command.output(), context.getBean(PublishedRecords.class));
            stopOnSignal.accept(runner::stopRunning);
            for (RunParameters parameters : prepared) {
                Ran ran = outcome(parameters.job(), context, command.output(), () -> runner.run(parameters));
                report(ran.outcome(), debug);
                if (ran.endsCommand()) {
                    // a full disk or a lost repository: the site can be neither read nor written, and one line says it
                    return Defstats.FAILED;
                }
                site(site.after(List.of(ran.outcome()), catalog.jobs(), Instant.now()));
                if (!(ran.outcome() instanceof RunOutcome.Published || ran.outcome() instanceof RunOutcome.Current)) {
                    exit = Defstats.FAILED;
                }
            }
        }
        return exit;
    }

    int restart(Command.Restart command, boolean debug) {
        try {
            RunId.executionId(command.runId());
        }
        catch (IllegalArgumentException e) {
            err.println("defstats: " + e.getMessage());
            return Defstats.USAGE;
        }
        try (ConfigurableApplicationContext context = spring.start(command.output(), command.springArguments(), debug,
                true)) {
            RunOutcome outcome;
            try {
                JobRunner runner = context.getBean(JobRunner.class);
                stopOnSignal.accept(runner::stopRunning);
                outcome = outcome("run " + command.runId(), context, command.output(),
                        () -> runner.restart(command.runId(), command.output())).outcome();
            }
            catch (IllegalArgumentException e) {
                err.println("defstats: " + e.getMessage());
                return Defstats.USAGE;
            }
            report(outcome, debug);
            site(new Site(command.output(), context.getBean(PublishedRecords.class)).afterWithoutJobFiles(outcome,
                    Instant.now()));
            return outcome instanceof RunOutcome.Published ? Defstats.OK : Defstats.FAILED;
        }
    }

    /** What running a job came to, and whether it ends the command: the disk is full or the repository lost. */
    private record Ran(RunOutcome outcome, boolean endsCommand) {
    }

    /**
     * What running a job came to; a full disk or a lost job repository, whether the job failed of it or it was thrown
     * (the job's lock could not be taken, its end could not be recorded), is a failure with one line saying so.
     */
    private static Ran outcome(String job, ConfigurableApplicationContext context, Path output,
            Supplier<RunOutcome> run) {
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        RunOutcome outcome;
        try {
            outcome = run.get();
        }
        catch (IllegalArgumentException e) {
            throw e;
        }
        catch (RuntimeException e) {
            Optional<String> storage = StorageFailures.explain(e, output, url);
            if (storage.isEmpty()) {
                throw e;
            }
            return new Ran(new RunOutcome.Failed(job, storage.get(), e), true);
        }
        if (outcome instanceof RunOutcome.Failed failed && failed.problems().isEmpty()) {
            Optional<String> storage = StorageFailures.explain(failed.cause(), output, url);
            if (storage.isPresent()) {
                return new Ran(new RunOutcome.Failed(job, failed.runId(), storage.get(), List.of(), 0, null,
                        failed.cause()), true);
            }
        }
        return new Ran(outcome, false);
    }

    /** The site after every job was found current without Spring, from the record read over plain JDBC. */
    private static Optional<String> currentSite(Path output, List<RunOutcome> outcomes, List<JobDefinition> jobs) {
        try {
            return SettledRepository.withRecords(output, records -> new Site(output, records).after(outcomes, jobs,
                    Instant.now()));
        }
        catch (RuntimeException e) {
            // another process opened the repository meanwhile: it writes the site when its jobs end
            return Optional.of("cannot read the job repository for the site: " + e.getMessage());
        }
    }

    /** Says on stderr why the site was not written; the run's outcome stands either way. */
    private void site(Optional<String> problem) {
        problem.ifPresent(p -> err.println("defstats: " + p));
    }

    private void report(RunOutcome outcome, boolean debug) {
        new OutcomeReport(out, err).report(outcome, debug);
    }
}
