package org.defstats.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Consumer;

import org.defstats.jobs.JobCatalog;
import org.defstats.jobs.JobFileReader;
import org.defstats.jobs.JobTypes;
import org.defstats.publish.PublishedRecords;
import org.defstats.runs.JobRunner;
import org.defstats.schedule.Occurrences;
import org.defstats.schedule.Scheduler;
import org.defstats.schedule.SchedulerClock;
import org.defstats.site.Site;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code schedule}: runs every job at the cron of its job file until the process is asked to stop. */
final class ScheduleCommand {

    /** How often the scheduler looks for added, changed and removed job files. */
    private static final Duration RESCAN = Duration.ofSeconds(10);

    private final PrintStream out;
    private final PrintStream err;
    private final SpringContexts spring;
    private final Consumer<Runnable> stopOnSignal;

    ScheduleCommand(PrintStream out, PrintStream err, SpringContexts spring, Consumer<Runnable> stopOnSignal) {
        this.out = out;
        this.err = err;
        this.spring = spring;
        this.stopOnSignal = stopOnSignal;
    }

    /**
     * Runs the scheduler until SIGTERM (or Ctrl-C), which stops it and its running job (STOPPED, restartable) before
     * the job repository closes; then exits 0. Spring's own shutdown hook is off, since it would close the
     * repository under the job.
     */
    int schedule(Command.Schedule command, boolean debug) throws InterruptedException {
        JobFileReader reader = new JobFileReader(JobTypes.all());
        JobCatalog catalog = JobCatalog.load(command.jobs(), reader);
        ConfigurableApplicationContext context = spring.start(command.output(), command.springArguments(), debug, false);
        SchedulerClock clock = SchedulerClock.system();
        Site site = new Site(command.output(), context.getBean(PublishedRecords.class));
        // the next fire times the site shows are this scheduler's from now on
        site.after(java.util.List.of(), catalog.jobs(), clock.now()).ifPresent(p -> err.println("defstats: " + p));
        Scheduler scheduler = new Scheduler(command.jobs(), command.output(), reader,
                new SiteAfterEachRun(new ScheduledRuns(context.getBean(JobRunner.class), reader, command.input(),
                        command.output()), site, command.jobs(), reader, clock, err),
                context.getBean(Occurrences.class), clock, RESCAN, process(), out, err);
        stopOnSignal.accept(scheduler::stop);
        try {
            scheduler.run();
        }
        finally {
            context.close();
        }
        return Defstats.OK;
    }

    /** This process as the job repository and status.json name it. */
    static String process() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        }
        catch (java.io.IOException e) {
            host = "localhost";
        }
        return ProcessHandle.current().pid() + "@" + host;
    }
}
