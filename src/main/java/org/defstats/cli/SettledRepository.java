package org.defstats.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.defstats.publish.PublishedRecords;
import org.defstats.runs.PublishedBasis;
import org.defstats.runs.RunOutcome;
import org.defstats.runs.RunParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Lets {@code run} find every job current without starting Spring. JobRunner decides "current" from the job
 * repository's record of the newest published run and the files of {@code latest/}, under the job's lock and after settling the executions that
 * ended processes left running; that lock and those executions only matter while a process has the repository open
 * or when one ended with it open. So a process that closes the output folder's own H2 repository with no execution
 * running writes {@value #FILE} (the repository's URL), and a process deletes it as soon as it has opened the
 * repository, before any job starts: a process that holds it open (a schedule) or that was killed leaves none. The
 * record is then read over plain JDBC, and every job must be current with a {@code latest/} as published; anything
 * else (an edited file to put back, say) takes the way through Spring.
 */
final class SettledRepository {

    static final String FILE = "settled";

    private SettledRepository() {
    }

    /**
     * Every job current, decided as JobRunner decides it; empty when a job is not current or the job repository
     * may say otherwise: it was not left settled, or this process could be told to use another one.
     */
    static Optional<List<RunOutcome>> allCurrent(List<RunParameters> prepared, Path output,
            List<String> springArguments) {
        if (!springArguments.isEmpty() || springConfigured() || !settled(output)) {
            return Optional.empty();
        }
        // the output folder's own H2 file, which no process has open: read the record of what was published
        SingleConnectionDataSource repository = new SingleConnectionDataSource(Defstats.ownRepositoryUrl(output)
                + ";IFEXISTS=TRUE", "sa", "", true);
        PublishedRecords records = new PublishedRecords(repository);
        List<RunOutcome> outcomes = new ArrayList<>();
        try {
            for (RunParameters parameters : prepared) {
                PublishedBasis basis = PublishedBasis.of(records, parameters.outputDir(), parameters.job());
                if (!basis.latestIntact() || basis.fingerprint().filter(parameters.fingerprint()::equals).isEmpty()) {
                    return Optional.empty();
                }
                outcomes.add(new RunOutcome.Current(parameters.job(), basis.runId(),
                        parameters.outputDir().resolve(parameters.job()).resolve("latest")));
            }
        }
        catch (RuntimeException e) {
            // a repository of an older defstats, or one that cannot be opened now: take the way through Spring
            return Optional.empty();
        }
        finally {
            repository.destroy();
        }
        return Optional.of(outcomes);
    }

    /**
     * Reads the record of what was published from the output folder's own H2 file over plain JDBC, as
     * {@link #allCurrent} does, for the site of a run that found every job current.
     */
    static <T> T withRecords(Path output, java.util.function.Function<PublishedRecords, T> reading) {
        SingleConnectionDataSource repository = new SingleConnectionDataSource(Defstats.ownRepositoryUrl(output)
                + ";IFEXISTS=TRUE", "sa", "", true);
        try {
            return reading.apply(new PublishedRecords(repository));
        }
        finally {
            repository.destroy();
        }
    }

    /** Called once this process has the job repository open, before any job starts. */
    static void opened(Path output) {
        try {
            Files.deleteIfExists(file(output));
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot delete " + file(output) + ": " + e.getMessage(), e);
        }
    }

    /** Called while the context closes, its repository still open: settled when no execution is left running. */
    static void closing(ApplicationContext context, Path output) {
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        try {
            JobRepository repository = context.getBean(JobRepository.class);
            for (String job : repository.getJobNames()) {
                if (!repository.findRunningJobExecutions(job).isEmpty()) {
                    return;
                }
            }
            Path file = file(output);
            Path written = file.resolveSibling(FILE + ".tmp");
            Files.writeString(written, url, StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException | RuntimeException e) {
            // not settled: the next run takes the way through the job repository
        }
    }

    private static boolean settled(Path output) {
        try {
            return Files.readString(file(output), StandardCharsets.UTF_8).equals(Defstats.ownRepositoryUrl(output));
        }
        catch (IOException e) {
            return false;
        }
    }

    /** Whether Spring could read settings from the environment or system properties (another repository, say). */
    private static boolean springConfigured() {
        return System.getenv().keySet().stream().anyMatch(k -> k.toUpperCase(Locale.ROOT).startsWith("SPRING"))
                || System.getProperties().stringPropertyNames().stream().anyMatch(k -> k.startsWith("spring."));
    }

    private static Path file(Path output) {
        return output.resolve(".defstats").resolve(FILE);
    }
}
