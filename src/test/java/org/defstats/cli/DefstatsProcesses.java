package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.defstats.gated.Gate;
import org.defstats.publish.PublishedRuns;

/** defstats in processes of their own, for tests that kill, stop or pair them, and what their runs must equal. */
final class DefstatsProcesses {

    /** The processes started and not yet seen to end, so that a failed test leaves none behind. */
    private static final List<Process> STARTED = new CopyOnWriteArrayList<>();

    private DefstatsProcesses() {
    }

    /**
     * The shipped arrivals inputs in {@code input}, and in {@code jobs} the shipped arrivals job file with the type
     * {@code type} ({@code arrivals}, or {@code gated-arrivals} for a run that holds where the test says, see
     * {@link #startHeld}); {@code cron} replaces its schedule's when given.
     */
    static void arrivalsJob(Path input, Path jobs, String type, String cron) throws IOException {
        Files.createDirectories(input);
        Files.createDirectories(jobs);
        for (String file : List.of("mou-arrivals-by-year.csv", "mou-arrivals-partial-periods.csv")) {
            if (!Files.exists(input.resolve(file))) {
                // the shipped file's time: a copy made just now would wait out the scheduler's settle time
                Files.copy(Path.of("input").resolve(file), input.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        String jobFile = Files.readString(Path.of("jobs/arrivals.yaml"));
        assertThat(jobFile).contains("type: arrivals\n", "cron: \"0 30 2 * * *\"");
        jobFile = jobFile.replace("type: arrivals\n", "type: " + type + "\n");
        Files.writeString(jobs.resolve("arrivals.yaml"), cron == null ? jobFile
                : jobFile.replace("cron: \"0 30 2 * * *\"", "cron: \"" + cron + "\""));
    }

    /** Starts {@code defstats ARGS} in a new JVM with the test class path, its console going to {@code console}. */
    static Process start(Path console, String... args) throws IOException {
        return start(console, List.of(), args);
    }

    /**
     * Starts {@code defstats ARGS} like {@link #start}, its {@code gated-arrivals} job holding at {@code gate}
     * ({@code ROLE:LINE}, e.g. {@code partial-periods:12}, or {@code publish}) until it is killed, or until SIGTERM
     * has been handled, that is, until the stop request has been recorded; see {@link #awaitHeld}.
     */
    static Process startHeld(Path console, String gate, String... args) throws IOException {
        return start(console, List.of("-D" + Gate.AT + "=" + gate, "-D" + Gate.MARKER + "=" + marker(console)), args);
    }

    /**
     * Starts {@code defstats ARGS} like {@link #start}, its {@code gated-arrivals} job shutting down the H2 job
     * repository at {@code url} when it reaches {@code gate} and going on without it.
     */
    static Process startShuttingDown(Path console, String gate, String url, String... args) throws IOException {
        return start(console, List.of("-D" + Gate.AT + "=" + gate, "-D" + Gate.SHUT_DOWN + "=" + url), args);
    }

    /** Waits until a process of {@link #startHeld} holds; fails if it ends first or after 2 minutes. */
    static void awaitHeld(Process process, Path console) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(marker(console))) {
            assertThat(process.isAlive()).as("defstats ended before it held: " + Files.readString(console)).isTrue();
            assertThat(System.nanoTime()).as("defstats did not hold").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static Path marker(Path console) {
        return console.resolveSibling(console.getFileName() + ".held");
    }

    /**
     * A JVM that compiles with C1 alone and collects with one thread starts Spring about a third faster on two
     * cores; what the tests check does not depend on either.
     */
    private static Process start(Path console, List<String> properties, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.defstats.cli.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile())
                .start();
        STARTED.add(process);
        return process;
    }

    /** Kills the processes started here that still run, as a failed test may leave them (a held one, a scheduler). */
    static void killLeftOver() throws InterruptedException {
        for (Process process : STARTED) {
            process.destroyForcibly().waitFor();
            STARTED.remove(process);
        }
    }

    /** The arrivals run now in {@code output}'s latest/ equals the uninterrupted run in {@code reference}. */
    static void assertArrivalsEqualUninterrupted(Path output, Path reference) throws IOException {
        for (String file : List.of("tables/yearly.csv", "tables/partial-periods.csv", "tables/milestones.csv",
                "charts/arrivals.svg", "charts/arrivals.png")) {
            assertThat(output.resolve("arrivals/latest").resolve(file)).as(file)
                    .hasSameBinaryContentAs(reference.resolve("arrivals/latest").resolve(file));
        }
        PublishedRuns.assertManifestMatchesFiles(output.resolve("arrivals/latest"));
    }
}
