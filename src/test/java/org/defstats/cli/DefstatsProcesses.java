package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.defstats.publish.PublishedRuns;

/** defstats in processes of their own, for tests that kill, stop or pair them, and what their runs must equal. */
final class DefstatsProcesses {

    private DefstatsProcesses() {
    }

    /**
     * The shipped arrivals job on a partial-periods input that takes seconds to read, so that a run can be killed or
     * stopped midway; {@code cron} replaces its schedule's when given.
     */
    static void slowArrivalsJob(Path input, Path jobs, String cron) throws IOException {
        Files.createDirectories(input);
        Files.createDirectories(jobs);
        Files.copy(Path.of("input/mou-arrivals-by-year.csv"), input.resolve("mou-arrivals-by-year.csv"));
        writeManySpans(input.resolve("mou-arrivals-partial-periods.csv"));
        String jobFile = Files.readString(Path.of("jobs/arrivals.yaml"));
        Files.writeString(jobs.resolve("arrivals.yaml"), cron == null ? jobFile
                : jobFile.replace("cron: \"0 30 2 * * *\"", "cron: \"" + cron + "\""));
    }

    /** About 22,000 spans across year ends (never checked against a year), so that ingesting takes a while. */
    private static void writeManySpans(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of("period,male,female,total"));
        List<int[]> months = new ArrayList<>();
        for (int year = 2008; year <= 2025; year++) {
            for (int month = 1; month <= 12; month++) {
                months.add(new int[] {year, month});
            }
        }
        for (int i = 0; i < months.size(); i++) {
            for (int j = i + 1; j < months.size(); j++) {
                if (months.get(j)[0] > months.get(i)[0]) {
                    lines.add(String.format("%d-%02d~%d-%02d,,,0", months.get(i)[0], months.get(i)[1],
                            months.get(j)[0], months.get(j)[1]));
                }
            }
        }
        Files.write(file, lines);
    }

    /** Starts {@code defstats ARGS} in a new JVM with the test class path, its console going to {@code console}. */
    static Process start(Path console, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.defstats.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
    }

    /** Waits until the process's log file says {@code text}; fails if the process ends first or after 2 minutes. */
    static void awaitLog(Process process, Path log, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(log) && Files.readString(log).contains(text))) {
            assertThat(process.isAlive()).as("defstats ended before its log said " + text).isTrue();
            assertThat(System.nanoTime()).as("the log did not say " + text).isLessThan(deadline);
            Thread.sleep(10);
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
