package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.defstats.corpus.CorpusRuns;
import org.defstats.io.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job repository is the record of what was published: files edited in {@code latest/} or a run folder, with or
 * without their manifest, are reported by name, never taken as current, put back when an intact copy exists, and
 * never used as the figures revisions are computed against. {@code verify} says whether the manifest or the record
 * disagrees.
 */
class PublishedRecordTest {

    /** The output folder of one {@code defstats run arrivals} on the shipped inputs. */
    @TempDir
    static Path published;

    @TempDir
    Path work;

    private Path input;
    private Path jobs;
    private Path output;
    private Path latest;
    private String runId;
    private final InProcessDefstats console = new InProcessDefstats();

    @BeforeAll
    static void publishArrivals() throws IOException {
        Path folder = published.resolve("shipped");
        CorpusRuns.copyTree(Path.of("input"), folder.resolve("input"));
        CorpusRuns.copyTree(Path.of("jobs"), folder.resolve("jobs"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
        assertThat(new Defstats(stream, stream).execute("run", "arrivals", "--input", folder.resolve("input")
                .toString(), "--jobs", folder.resolve("jobs").toString(), "--output", published.resolve("output")
                        .toString())).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(Defstats.OK);
    }

    @BeforeEach
    void copyThePublishedRun() throws IOException {
        input = work.resolve("input");
        jobs = work.resolve("jobs");
        output = work.resolve("output");
        CorpusRuns.copyTree(published.resolve("shipped/input"), input);
        CorpusRuns.copyTree(published.resolve("shipped/jobs"), jobs);
        CorpusRuns.copyTree(published.resolve("output"), output);
        latest = output.resolve("arrivals/latest");
        try (Stream<Path> runs = Files.list(output.resolve("arrivals/runs"))) {
            runId = runs.findFirst().orElseThrow().getFileName().toString();
        }
    }

    @Test
    void anEditedTableInLatestIsNamedAndPutBackAndTheJobIsCurrentWithTheRecordedRun() throws IOException {
        Path yearly = latest.resolve("tables/yearly.csv");
        byte[] original = Files.readAllBytes(yearly);
        forge(yearly);

        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);

        assertThat(console.err()).contains("arrivals: " + yearly + " was changed after run " + runId + " published it",
                "put back " + latest + "/ from ");
        assertThat(console.out()).startsWith("arrivals: current, inputs and settings unchanged since run " + runId);
        assertThat(Files.readAllBytes(yearly)).isEqualTo(original);
        assertThat(run()).isEqualTo(Defstats.OK);
        assertThat(console.err()).as("put back once, then current without a word").isEmpty();
    }

    @Test
    void aTableForgedTogetherWithItsManifestIsStillNotCurrent() throws IOException {
        Path yearly = latest.resolve("tables/yearly.csv");
        String before = Sha256.of(yearly);
        forge(yearly);
        Path manifest = latest.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace(before, Sha256.of(yearly)));
        assertThat(console.execute("verify", latest.toString())).isEqualTo(Defstats.FAILED);
        String record = " (against the job repository's record of run " + runId + ")";
        assertThat(console.out().lines().toList()).containsExactly("changed: manifest.json" + record,
                "changed: tables/yearly.csv" + record);
        assertThat(console.err()).contains("the manifest agrees with the files, so it was edited with them");

        assertThat(run()).isEqualTo(Defstats.OK);

        assertThat(console.err()).contains(latest.resolve("manifest.json") + " was changed after run " + runId,
                yearly + " was changed after run " + runId);
        assertThat(Files.readString(yearly)).contains("2016,302,1116,1418");
        assertThat(console.execute("verify", latest.toString())).isEqualTo(Defstats.OK);
        assertThat(console.out()).startsWith("verified: every file of ").contains("and the job repository's record of "
                + "run " + runId);
    }

    @Test
    void revisionsAreAgainstTheRecordedFiguresNotAnEditedCopy() throws IOException {
        forge(latest.resolve("tables/yearly.csv"));
        Path yearlyInput = input.resolve("mou-arrivals-by-year.csv");
        Files.writeString(yearlyInput, Files.readString(yearlyInput).replace("2016,302,1116,1418",
                "2016,298,1116,1414"));

        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);

        assertThat(console.out()).contains("published run ", "figures revised in milestones.csv, yearly.csv");
        assertThat(Files.readAllLines(latest.resolve("revisions.csv"))).contains(
                "yearly.csv,period=2016,male,302," + runId + ",298", "yearly.csv,period=2016,total,1418," + runId
                        + ",1414")
                .noneMatch(line -> line.contains("9999"));
    }

    @Test
    void whenNoCopyIsIntactTheRunIsRefusedUnlessDroppedRowsAreAccepted() throws IOException {
        forge(latest.resolve("tables/yearly.csv"));
        forge(output.resolve("arrivals/runs").resolve(runId).resolve("tables/yearly.csv"));

        assertThat(run()).isEqualTo(Defstats.FAILED);
        assertThat(console.err()).contains("the figures run " + runId + " published cannot be read back",
                "--accept-dropped-rows").hasLineCount(1);
        assertThat(runs()).containsExactly(runId);

        assertThat(run("--accept-dropped-rows")).as(console.err()).isEqualTo(Defstats.OK);
        assertThat(runs()).hasSize(2);
        assertThat(Files.readString(latest.resolve("tables/yearly.csv"))).contains("2016,302,1116,1418");
        assertThat(latest.resolve("revisions.csv")).doesNotExist();
    }

    @Test
    void aRunFolderNotRecordedIsNotTakenForThePublishedRun() throws IOException {
        Path stranger = output.resolve("arrivals/runs/20200101T000000Z-99");
        CorpusRuns.copyTree(latest, stranger);
        forge(latest.resolve("tables/yearly.csv"));
        Path manifest = latest.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace(runId, "20200101T000000Z-99"));

        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);

        assertThat(console.out()).startsWith("arrivals: current, inputs and settings unchanged since run " + runId);
        assertThat(Files.readString(manifest)).contains(runId).doesNotContain("20200101T000000Z-99");
    }

    @Test
    void aLinkToAFolderElsewhereAddedToLatestIsNamedAndNotTakenAsCurrent() throws IOException {
        Path forged = Files.createDirectories(work.resolve("forged"));
        Files.writeString(forged.resolve("yearly.csv"), "period,total\n2016,9999\n");
        Path link = Files.createSymbolicLink(latest.resolve("tables/more"), forged);

        assertThat(console.execute("verify", latest.toString())).isEqualTo(Defstats.FAILED);
        assertThat(console.out()).contains("added: tables/more (against the job repository's record of run " + runId
                + ")");
        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);

        assertThat(console.err()).contains(link + " was added after run " + runId, "put back " + latest + "/ from ");
        assertThat(link).doesNotExist();
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(run()).isEqualTo(Defstats.OK);
        assertThat(console.err()).isEmpty();
    }

    @Test
    void aRunFolderWithALinkToAFolderElsewhereIsNotCopiedIntoLatest() throws IOException {
        Path forged = Files.createDirectories(work.resolve("forged"));
        Files.writeString(forged.resolve("yearly.csv"), "period,total\n2016,9999\n");
        Path runFolder = output.resolve("arrivals/runs").resolve(runId);
        Files.createSymbolicLink(runFolder.resolve("tables/more"), forged);
        forge(latest.resolve("tables/yearly.csv"));

        assertThat(run()).isEqualTo(Defstats.FAILED);

        assertThat(console.err()).contains("cannot be read back", "(and 1 more file)").doesNotContain("put back");
        assertThat(latest.resolve("tables/more")).doesNotExist();
    }

    @Test
    void aPublishedFileReplacedByALinkIsChangedEvenWhenItPointsToTheSameBytes() throws IOException {
        Path yearly = latest.resolve("tables/yearly.csv");
        Path copy = Files.copy(yearly, work.resolve("yearly.csv"));
        Files.delete(yearly);
        Files.createSymbolicLink(yearly, copy);

        assertThat(console.execute("verify", latest.toString())).isEqualTo(Defstats.FAILED);
        assertThat(console.out()).contains("changed: tables/yearly.csv (against manifest.json)");
        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);
        assertThat(console.err()).contains(yearly + " was changed after run " + runId);
        assertThat(Files.isSymbolicLink(yearly)).isFalse();
    }

    @Test
    void verifyRefusesALatestThatShowsAnOlderRecordedRunOrARunFolderUnderAnotherName() throws IOException {
        Path yearlyInput = input.resolve("mou-arrivals-by-year.csv");
        Files.writeString(yearlyInput, Files.readString(yearlyInput).replace("2016,302,1116,1418",
                "2016,298,1116,1414"));
        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);
        String newest = runs().stream().filter(r -> !r.equals(runId)).findFirst().orElseThrow();
        Path older = output.resolve("arrivals/runs").resolve(runId);
        org.springframework.util.FileSystemUtils.deleteRecursively(latest);
        CorpusRuns.copyTree(older, latest);

        assertThat(console.execute("verify", latest.toString())).isEqualTo(Defstats.FAILED);
        assertThat(console.err()).contains("shows run " + runId + ", but the job repository records run " + newest
                + " as the newest published run of arrivals").hasLineCount(1);
        Path renamed = output.resolve("arrivals/runs/20200101T000000Z-99");
        CorpusRuns.copyTree(older, renamed);
        assertThat(console.execute("verify", renamed.toString())).isEqualTo(Defstats.FAILED);
        assertThat(console.err()).contains("shows run " + runId + ", not the run its folder is named after");
        assertThat(console.execute("verify", older.toString())).as(console.err()).isEqualTo(Defstats.OK);

        assertThat(run()).isEqualTo(Defstats.OK);
        assertThat(console.out()).startsWith("arrivals: current, inputs and settings unchanged since run " + newest);
        assertThat(console.execute("verify", latest.toString())).as(console.err()).isEqualTo(Defstats.OK);
    }

    @Test
    void anOutputIdFileRemovedOrGarbledIsTakenBackFromTheRecordAndLosesNothing() throws IOException {
        // the record is by path: publish where the folder stays (the shared one was published elsewhere and copied)
        output = work.resolve("in-place");
        latest = output.resolve("arrivals/latest");
        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);
        runId = runs().get(0);
        Path idFile = output.resolve(".defstats/output-id");
        String id = Files.readString(idFile);
        Files.delete(idFile);
        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);
        assertThat(console.out()).startsWith("arrivals: current, inputs and settings unchanged since run " + runId);
        assertThat(check()).as(console.out()).isEqualTo(Defstats.OK);
        assertThat(console.out()).startsWith("arrivals: current");

        Files.writeString(idFile, "garbage\n");
        Path yearlyInput = input.resolve("mou-arrivals-by-year.csv");
        Files.writeString(yearlyInput, Files.readString(yearlyInput).lines().limit(8)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        assertThat(run()).as("an export cut short is still compared with the recorded run").isEqualTo(Defstats.FAILED);
        assertThat(console.err()).contains("[dropped-rows]", "run " + runId + " published");
        assertThat(run("--accept-dropped-rows")).as(console.err()).isEqualTo(Defstats.OK);
        assertThat(Files.readString(idFile)).isEqualTo(id);

        Files.delete(idFile);
        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);
        assertThat(console.out()).startsWith("arrivals: current");
        assertThat(runs()).hasSize(2);
    }

    @Test
    void anOutputFolderOfADefstatsBeforeTheRecordIsCheckedAndPublishedAnew() {
        org.springframework.jdbc.datasource.DriverManagerDataSource repository =
                new org.springframework.jdbc.datasource.DriverManagerDataSource("jdbc:h2:file:" + output.resolve(
                        ".defstats/repository").toAbsolutePath() + ";TRACE_LEVEL_FILE=0", "sa", "");
        new org.springframework.jdbc.core.JdbcTemplate(repository).execute("DROP TABLE DEFSTATS_PUBLISHED_FILES; "
                + "DROP TABLE DEFSTATS_PUBLISHED_RUNS");
        output.resolve(".defstats/output-id").toFile().delete();

        assertThat(check()).as(console.err()).isEqualTo(Defstats.OK);
        assertThat(console.out()).startsWith("arrivals: would publish");
        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);
        assertThat(console.out()).startsWith("arrivals: published run ");
    }

    private int check() {
        return console.execute("check", "arrivals", "--input", input.toString(), "--jobs", jobs.toString(),
                "--output", output.toString());
    }

    /** Changes the 2016 total of a yearly table to a value no run published. */
    private static void forge(Path yearly) throws IOException {
        yearly.toFile().setWritable(true);
        Files.writeString(yearly, Files.readString(yearly).replace("2016,302,1116,1418", "2016,302,1116,9999"));
    }

    private int run(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "arrivals", "--input", input.toString(),
                "--jobs", jobs.toString(), "--output", output.toString()));
        args.addAll(List.of(more));
        return console.execute(args.toArray(String[]::new));
    }

    private List<String> runs() throws IOException {
        try (Stream<Path> runs = Files.list(output.resolve("arrivals/runs"))) {
            return runs.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
