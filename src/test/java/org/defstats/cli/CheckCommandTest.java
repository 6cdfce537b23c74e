package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.defstats.corpus.CorpusRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code defstats check}, the dry run, on copies of the shipped jobs and inputs: it says what a run would do and
 * leaves the output folder as it was, byte for byte (its job repository and archive included).
 */
class CheckCommandTest {

    /** The output folder of one {@code defstats run} of the shipped jobs on the shipped inputs. */
    @TempDir
    static Path published;

    @TempDir
    Path work;

    private Path input;
    private Path jobs;
    private Path output;
    private final InProcessDefstats console = new InProcessDefstats();

    @BeforeAll
    static void publishTheShippedJobs() throws IOException {
        Path folder = published.resolve("shipped");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(console, true, StandardCharsets.UTF_8);
        assertThat(new Defstats(stream, stream).execute("run", "--input",
                copy(Path.of("input"), folder.resolve("input")).toString(), "--jobs",
                copy(Path.of("jobs"), folder.resolve("jobs")).toString(), "--output", published.resolve("output")
                        .toString())).as(console.toString(StandardCharsets.UTF_8)).isEqualTo(Defstats.OK);
    }

    @BeforeEach
    void copyShippedJobsAndInputs() throws IOException {
        input = copy(Path.of("input"), work.resolve("input"));
        jobs = copy(Path.of("jobs"), work.resolve("jobs"));
        output = work.resolve("output");
    }

    @Test
    void beforeAnyRunEveryJobWouldPublishAndNoOutputFolderIsMade() {
        assertThat(check()).as(stderr()).isEqualTo(Defstats.OK);

        assertThat(stdout()).contains("arrivals: would publish; read yearly 26 rows, partial-periods 24 rows",
                "education: would publish", "stocks: would publish",
                "  warning: mou-occupation-snapshots.csv:29:4: occupation management fell")
                .doesNotContain("figures revised", "current");
        assertThat(output).doesNotExist();
    }

    @Test
    void afterARunEveryJobIsCurrentAndTheOutputFolderIsUnchanged() throws IOException {
        CorpusRuns.copyTree(published.resolve("output"), output);
        Map<String, String> before = hashes(output);
        assertThat(before.keySet()).as("the job repository and archive are hashed too")
                .anyMatch(f -> f.startsWith(".defstats/") && !before.get(f).equals("folder"));

        assertThat(check()).as(stderr()).isEqualTo(Defstats.OK);

        assertThat(stdout()).contains("arrivals: current, inputs and settings unchanged since run ",
                "education: current", "stocks: current").doesNotContain("would");
        assertThat(hashes(output)).isEqualTo(before);
    }

    @Test
    void aChangedFigureWouldReviseArrivalsAndNothingIsWritten() throws IOException {
        CorpusRuns.copyTree(published.resolve("output"), output);
        Map<String, String> before = hashes(output);
        Files.writeString(input.resolve("mou-arrivals-by-year.csv"),
                Files.readString(input.resolve("mou-arrivals-by-year.csv")).replace("2016,302,1116,1418",
                        "2016,298,1116,1414"));

        assertThat(check()).as(stderr()).isEqualTo(Defstats.OK);

        assertThat(stdout()).contains("arrivals: would publish (18 figures revised in milestones.csv, yearly.csv); "
                + "read yearly 26 rows", "stocks: would publish (6 figures revised in coverage.csv)",
                "education: would publish", "register: current")
                .doesNotContain("arrivals: current", "education: current", "stocks: current");
        assertThat(hashes(output)).isEqualTo(before);
    }

    @Test
    void aBadCellIsListedWithItsPlaceAndTheJobWouldBeRefused() throws IOException {
        CorpusRuns.copyTree(published.resolve("output"), output);
        Map<String, String> before = hashes(output);
        Files.writeString(input.resolve("mou-arrivals-by-year.csv"),
                Files.readString(input.resolve("mou-arrivals-by-year.csv")).replace("2005,424,", "2005,4x4,"));

        assertThat(check("arrivals")).isEqualTo(Defstats.FAILED);

        assertThat(stdout().lines().toList()).containsExactly("arrivals: would be refused: 1 problem in its inputs",
                "  mou-arrivals-by-year.csv:7:2: male must be a whole number such as 1036 or 1,036, not '4x4'; fix "
                        + "the cell, or leave it empty or '-' where the figure was not published [count]");
        assertThat(hashes(output)).isEqualTo(before);
    }

    @Test
    void theLinesMaxRejectsWouldSkipAreListed() throws IOException {
        Files.writeString(jobs.resolve("arrivals.yaml"), Files.readString(jobs.resolve("arrivals.yaml"))
                + "max-rejects: 1\n");
        Files.writeString(input.resolve("mou-arrivals-partial-periods.csv"),
                Files.readString(input.resolve("mou-arrivals-partial-periods.csv")).replace("2013-01~2013-03,,,320",
                        "2013-01~2013-03,,,3x20"));

        assertThat(check("arrivals")).as(stderr()).isEqualTo(Defstats.OK);

        assertThat(stdout().lines().toList()).containsExactly("arrivals: would publish; read yearly 26 rows, "
                + "partial-periods 23 rows (1 rejected line skipped)",
                "  would skip mou-arrivals-partial-periods.csv:4:4: total must be a whole number such as 1036 "
                        + "or 1,036, not '3x20'; fix the cell, or leave it empty or '-' where the figure was not "
                        + "published [count]");
        assertThat(output).doesNotExist();
    }

    @Test
    void theScratchFolderIsRemovedAlsoWhenAJobWouldBeRefused() throws IOException {
        Path temp = Files.createDirectory(work.resolve("temp"));
        Files.writeString(input.resolve("mou-arrivals-by-year.csv"),
                Files.readString(input.resolve("mou-arrivals-by-year.csv")).replace("2005,424,", "2005,4x4,"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);

        assertThat(new CheckCommand(stream, stream, temp).check(new Command.Check(List.of("arrivals"), input, output,
                jobs), false)).isEqualTo(Defstats.FAILED);

        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("arrivals: would be refused: 1 problem");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
        assertThat(output).doesNotExist();
    }

    @Test
    void anUnknownJobIsAUsageErrorBeforeAnythingRuns() {
        assertThat(check("nosuchjob")).isEqualTo(Defstats.USAGE);
        assertThat(stderr()).contains("nosuchjob");
        assertThat(stdout()).isEmpty();
        assertThat(output).doesNotExist();
    }

    private int check(String... jobNames) {
        String[] args = Stream.concat(Stream.concat(Stream.of("check"), Stream.of(jobNames)), Stream.of("--input",
                input.toString(), "--output", output.toString(), "--jobs", jobs.toString())).toArray(String[]::new);
        return console.execute(args);
    }

    private String stdout() {
        return console.out();
    }

    private String stderr() {
        return console.err();
    }

    /** Every file and folder under a folder, by relative path: a file's SHA-256, a folder's "folder". */
    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                hashes.put(name, Files.isDirectory(path) ? "folder" : sha256(Files.readAllBytes(path)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
