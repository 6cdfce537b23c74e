package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.defstats.runs.RunOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line says the same things the same way: usage errors exit 2, long lists are capped. */
class CommandLineConsistencyTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Defstats defstats = new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path temp;

    @Test
    void noCommandShowsTheHelpOnStderrAndIsAUsageError() {
        assertThat(defstats.execute()).isEqualTo(Defstats.USAGE);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo(Help.TEXT);
        assertThat(defstats.execute("--help")).isEqualTo(Defstats.OK);
        assertThat(out()).isEqualTo(Help.TEXT);
    }

    @Test
    void historyOfAnUnknownJobIsAUsageErrorThatNamesTheJobs() throws IOException {
        Path jobs = jobs();
        Path output = Files.createDirectories(temp.resolve("output"));

        assertThat(defstats.execute("history", "nosuchjob", "--jobs", jobs.toString(), "--output", output.toString()))
                .isEqualTo(Defstats.USAGE);
        assertThat(out()).isEmpty();
        assertThat(err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("defstats: there is no job 'nosuchjob': no job file in ")
                .endsWith("; the jobs are arrivals, education"));
    }

    @Test
    void historyOfAJobWithAFileButNoRunsSaysSo() throws IOException {
        Path jobs = jobs();
        Path output = Files.createDirectories(temp.resolve("output"));

        assertThat(defstats.execute("history", "arrivals", "--jobs", jobs.toString(), "--output", output.toString()))
                .isEqualTo(Defstats.OK);
        assertThat(out()).startsWith("no runs yet in ");
        assertThat(err()).isEmpty();
    }

    @Test
    void historyOfAJobWhoseFileWasRemovedStillShowsItsRuns() throws IOException {
        Path input = Files.createDirectories(temp.resolve("input"));
        try (var files = Files.list(Path.of("input"))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        Path jobs = Files.createDirectories(temp.resolve("jobs"));
        Files.copy(Path.of("jobs", "arrivals.yaml"), jobs.resolve("arrivals.yaml"));
        Path output = temp.resolve("output");
        assertThat(defstats.execute("run", "--input", input.toString(), "--jobs", jobs.toString(), "--output",
                output.toString())).as(err()).isEqualTo(Defstats.OK);
        Files.delete(jobs.resolve("arrivals.yaml"));
        out();

        assertThat(defstats.execute("history", "arrivals", "--jobs", jobs.toString(), "--output", output.toString()))
                .isEqualTo(Defstats.OK);
        assertThat(out().lines().skip(1).toList()).singleElement().asString().contains(" arrivals ", "COMPLETED");
        assertThat(defstats.execute("history", "arivals", "--jobs", jobs.toString(), "--output", output.toString()))
                .isEqualTo(Defstats.USAGE);
        assertThat(err().lines().toList()).singleElement().asString()
                .startsWith("defstats: there is no job 'arivals': ").endsWith("; the jobs are arrivals");
    }

    @Test
    void compareRefusesAMalformedOrMissingFileAsAUsageError() throws IOException {
        Path table = Files.writeString(temp.resolve("yearly.csv"), "period,male,female,total\n2016,302,1116,1418\n");
        Path published = Files.writeString(temp.resolve("report.csv"), "연도,합계\n2016년,\"1,4,1,8\"\n");

        assertThat(defstats.execute("compare", table.toString(), published.toString())).isEqualTo(Defstats.USAGE);
        assertThat(err()).isEqualTo("defstats: report.csv:2:2: '1,4,1,8' is not grouped by thousands as figures are "
                + "(1,418 or 1418); fix the cell [count]\n");

        Files.writeString(published, "연도,합계\n2016년,\"1,418\"\n");
        assertThat(defstats.execute("compare", table.toString(), published.toString())).isEqualTo(Defstats.OK);
        assertThat(out()).startsWith("identical: ");

        Path missing = temp.resolve("nosuch.csv");
        assertThat(defstats.execute("compare", table.toString(), missing.toString())).isEqualTo(Defstats.USAGE);
        assertThat(err()).isEqualTo("defstats: " + missing + ": no such file; check the path, or give the table's "
                + "CSV file\n");
        assertThat(defstats.execute("compare", temp.toString(), published.toString())).isEqualTo(Defstats.USAGE);
        assertThat(err().lines().toList()).singleElement().asString().contains(" is a folder; give a CSV file");
    }

    @Test
    void warningsOnTheConsoleAreCappedLikeProblems() {
        List<String> warnings = IntStream.rangeClosed(1, 25).mapToObj(i -> "in.csv:" + i + ":2: odd [rule]").toList();
        new OutcomeReport(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .report(new RunOutcome.Published("arrivals", "r1", temp.resolve("latest"), "in.csv 25 rows", warnings,
                        0, List.of(), List.of("yearly.csv"), List.of()), false);

        List<String> lines = err().lines().toList();
        assertThat(lines).hasSize(21);
        assertThat(lines.get(19)).isEqualTo("defstats: warning: in.csv:20:2: odd [rule]");
        assertThat(lines.get(20)).isEqualTo("defstats: warning: and 5 more; all listed in the manifest");
    }

    private Path jobs() throws IOException {
        Path jobs = Files.createDirectories(temp.resolve("jobs"));
        for (String job : List.of("arrivals", "education")) {
            Files.copy(Path.of("jobs", job + ".yaml"), jobs.resolve(job + ".yaml"));
        }
        return jobs;
    }

    private String out() {
        String text = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return text;
    }

    private String err() {
        String text = err.toString(StandardCharsets.UTF_8);
        err.reset();
        return text;
    }
}
