package org.defstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.defstats.DefstatsApplication;
import org.defstats.io.DiskFullException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Starts Spring for the commands that need the job repository, and counts how often it did. */
final class SpringContexts {

    private int starts;

    /**
     * Starts the application on the job repository of an output folder (its own H2 file unless the arguments name
     * another), logging to its defstats.log; a repository in use or that cannot be opened is one plain message.
     */
    ConfigurableApplicationContext start(Path output, List<String> springArguments, boolean debug,
            boolean shutdownHook) {
        Path repository = output.resolve(".defstats");
        try {
            Files.createDirectories(repository);
        }
        catch (java.io.IOException e) {
            DiskFullException.of(e, output.toAbsolutePath(), repository.toAbsolutePath().toString()).ifPresent(full -> {
                throw full;
            });
            throw new IllegalStateException("cannot create the output folder " + output + ": " + e.getMessage());
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (springArguments.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))
                && System.getenv("SPRING_DATASOURCE_URL") == null) {
            defaults.put("spring.datasource.url", ownRepositoryUrl(output));
        }
        defaults.put("spring.datasource.username", "sa");
        starts++;
        ConfigurableApplicationContext context;
        try {
            context = FrameworkLogging.into(new SpringApplicationBuilder(DefstatsApplication.class),
                    repository.resolve("defstats.log"), debug)
                    .registerShutdownHook(shutdownHook)
                    .properties(defaults)
                    .listeners(event -> {
                        if (event instanceof ContextClosedEvent closed) {
                            SettledRepository.closing(closed.getApplicationContext(), output);
                        }
                    })
                    .run(springArguments.toArray(String[]::new));
        }
        catch (RuntimeException e) {
            DiskFullException.of(e, output.toAbsolutePath(), "the job repository in " + repository.toAbsolutePath())
                    .ifPresent(full -> {
                        throw full;
                    });
            String cause = rootMessage(e).replaceFirst(" \\[[0-9.]+/[0-9-]+\\]$", "");
            boolean locked = cause.contains("already in use") || cause.contains("locked");
            if (locked) {
                throw new IllegalStateException("the job repository in " + output + " is in use by another defstats "
                        + "process; if that is a defstats schedule, it keeps the repository open until it is stopped "
                        + "(SIGTERM), so stop it first, or give every process a shared PostgreSQL job repository "
                        + "(see README)", e);
            }
            throw new IllegalStateException("cannot open the job repository: " + cause, e);
        }
        try {
            SettledRepository.opened(output);
        }
        catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }

    /**
     * The output folder's own job repository, an H2 file. initialize-schema=always re-runs the Batch DDL on every
     * start; its "already exists" errors are expected, and H2 would otherwise trace each one into a
     * repository.trace.db file. WRITE_DELAY=0 writes each commit to the file at once, so that a killed process leaves
     * the record of its running job. DB_CLOSE_ON_EXIT=FALSE: the context closes the database, after a stopping job
     * has been recorded.
     */
    static String ownRepositoryUrl(Path output) {
        requireRepositoryPath(output);
        return "jdbc:h2:file:" + output.resolve(".defstats").resolve("repository").toAbsolutePath()
                + ";TRACE_LEVEL_FILE=0;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Refuses an output folder whose own H2 job repository's URL could not name it. */
    static void requireRepositoryPath(Path output) {
        if (output.toAbsolutePath().toString().contains(";")) {
            throw new CommandLine.UsageException("the output folder " + output.toAbsolutePath() + " has ';' in its "
                    + "path, which the URL of its H2 job repository cannot hold; choose an output folder without ';' "
                    + "(or a job repository of your own with --spring.datasource.url)");
        }
    }

    int starts() {
        return starts;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return text.lines().findFirst().orElse("");
    }
}
