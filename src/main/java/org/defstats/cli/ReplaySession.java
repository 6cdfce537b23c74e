package org.defstats.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.defstats.DefstatsApplication;
import org.defstats.jobs.JobCatalog;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileReader;
import org.defstats.jobs.JobTypes;
import org.defstats.publish.PublishedRecord;
import org.defstats.publish.PublishedRecords;
import org.defstats.runs.JobRunner;
import org.defstats.runs.RunOutcome;
import org.defstats.runs.RunParameters;
import org.defstats.runs.RunPreparation;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs the replays of one {@code replay} command in one Spring context with one job repository, an in-memory H2
 * database of its own, so that every replay after the first costs only its job. The context starts with the first
 * replay. The repository is emptied before and after each replay: every replay runs into a fresh output folder, so
 * its job instance is identified by job, fingerprint and basis "none", and a later replay of the same inputs would
 * otherwise be taken as current with the earlier one, or as a restart of it when it failed.
 */
final class ReplaySession implements AutoCloseable {

    private final Path log;
    private final boolean debug;
    private final String url = "jdbc:h2:mem:defstats-replay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private ConfigurableApplicationContext context;
    /** Why the context could not start, so that the replays after the first do not try again. */
    private RuntimeException notStarted;

    /**
     * @param log the file the framework logs into
     */
    ReplaySession(Path log, boolean debug) {
        this.log = log;
        this.debug = debug;
    }

    /**
     * Runs a job as {@code defstats run JOB --input input --jobs jobs --output output} does, in this session's
     * context and repository.
     */
    RunOutcome run(String job, Path input, Path jobs, Path output) {
        return run(job, input, jobs, output, Optional.empty());
    }

    /**
     * Runs a job as {@link #run(String, Path, Path, Path)} does, on a repository that records {@code published} as
     * the job's last publication (a dry run's copy of the real record, its folder copied as {@code latest/}).
     */
    RunOutcome run(String job, Path input, Path jobs, Path output, Optional<PublishedRecord> published) {
        JobDefinition definition = JobCatalog.load(jobs, new JobFileReader(JobTypes.all())).select(List.of(job))
                .get(0);
        RunParameters parameters = RunPreparation.prepare(definition, input, output);
        JobRepository repository = context().getBean(JobRepository.class);
        forgetRuns(repository);
        if (published.isPresent()) {
            // the scratch run must not take the recorded run's id: number its execution after the recorded one
            JdbcClient.create(context.getBean(DataSource.class))
                    .sql("ALTER SEQUENCE BATCH_JOB_EXECUTION_SEQ RESTART WITH " + (published.get().jobExecutionId() + 1))
                    .update();
            context.getBean(PublishedRecords.class).record(output, published.get());
        }
        try {
            return context.getBean(JobRunner.class).run(parameters);
        }
        finally {
            forgetRuns(repository);
        }
    }

    private ConfigurableApplicationContext context() {
        if (notStarted != null) {
            throw notStarted;
        }
        if (context == null) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", "sa");
            try {
                context = FrameworkLogging.into(new SpringApplicationBuilder(DefstatsApplication.class), log, debug)
                        .properties(properties).run();
            }
            catch (RuntimeException e) {
                notStarted = new IllegalStateException("cannot start the replays' job repository: "
                        + e.getMessage(), e);
                throw notStarted;
            }
        }
        return context;
    }

    private void forgetRuns(JobRepository repository) {
        context.getBean(PublishedRecords.class).forgetAll();
        for (String name : repository.getJobNames()) {
            for (JobInstance instance : repository.findJobInstances(name)) {
                repository.deleteJobInstance(instance);
            }
        }
        if (!repository.getJobNames().isEmpty()) {
            throw new IllegalStateException("the replays' job repository still holds runs of "
                    + repository.getJobNames() + " after removing them, so a replay could be taken for another");
        }
    }

    @Override
    public void close() {
        if (context == null) {
            return;
        }
        context.close();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        catch (SQLException e) {
            // the in-memory database is gone already
        }
    }
}
