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
import org.defstats.publish.PublishedRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defstats command end to end, as a statistician runs it, on copies of the shipped jobs and inputs. Tests that
 * start from a published run of the shipped jobs start from a copy of one made once for the class, since each
 * {@code defstats run} starts Spring and the job repository.
 */
class DefstatsCommandTest {

    /** The output folder of one {@code defstats run} of the shipped jobs on the shipped inputs. */
    @TempDir
    static Path published;

    @TempDir
    Path work;

    private Path input;
    private Path jobs;
    private Path output;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void publishTheShippedJobs() throws IOException {
        Path folder = published.resolve("shipped");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(console, true, StandardCharsets.UTF_8);
        assertThat(new Defstats(stream, stream).execute("run", "--input",
                copy(Path.of("input"), folder.resolve("input")).toString(), "--jobs",
                copy(Path.of("jobs"), folder.resolve("jobs")).toString(), "--output", published.resolve("output")
                        .toString())).as(console.toString(StandardCharsets.UTF_8)).isEqualTo(Defstats.OK);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("arrivals: published run ",
                "education: published run ");
    }

    @BeforeEach
    void copyShippedJobsAndInputs() throws IOException {
        input = copy(Path.of("input"), work.resolve("input"));
        jobs = copy(Path.of("jobs"), work.resolve("jobs"));
        output = work.resolve("output");
    }

    @Test
    void runPublishesEveryJobThenReportsThemCurrent() throws IOException {
        assertThat(defstats("run")).isEqualTo(Defstats.OK);
        assertThat(stdout()).contains("arrivals: published run ", "(read yearly 26 rows, partial-periods 24 rows)",
                "education: published run ", "tables/university-or-higher.csv", "stocks: published run ");
        assertThat(stderr()).as("only the stocks job's warning of a count that fell").startsWith(
                "defstats: warning: mou-occupation-snapshots.csv:29:4: occupation management fell").hasLineCount(1);
        List<String> arrivalsRuns = runs("arrivals");
        assertThat(arrivalsRuns).hasSize(1);
        byte[] yearly = Files.readAllBytes(output.resolve("arrivals/latest/tables/yearly.csv"));

        assertThat(defstats("run")).isEqualTo(Defstats.OK);
        assertThat(stdout()).contains("arrivals: current, inputs and settings unchanged since run "
                + arrivalsRuns.get(0), "education: current");
        assertThat(runs("arrivals")).isEqualTo(arrivalsRuns);

        Files.writeString(input.resolve("mou-arrivals-by-year.csv"),
                Files.readString(input.resolve("mou-arrivals-by-year.csv")).replace("2016,302,1116,1418",
                        "2016,298,1116,1414"));
        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.OK);
        assertThat(stdout()).contains("arrivals: published run ").doesNotContain("education");
        assertThat(runs("arrivals")).hasSize(2);
        assertThat(Files.readString(output.resolve("arrivals/latest/tables/yearly.csv")))
                .contains("2016,298,1116,1414,78.9,");
        assertThat(Files.readAllBytes(output.resolve("arrivals/runs").resolve(arrivalsRuns.get(0))
                .resolve("tables/yearly.csv"))).isEqualTo(yearly);
    }

    @Test
    void theSameInputGivesByteIdenticalTablesAndSvgInAnotherOutputFolder() throws IOException {
        Path first = published.resolve("output");
        assertThat(defstats("run")).isEqualTo(Defstats.OK);

        for (String job : List.of("arrivals", "education")) {
            Path a = first.resolve(job).resolve("latest");
            Path b = output.resolve(job).resolve("latest");
            List<String> reproducible = PublishedRuns.files(a).stream()
                    .filter(f -> f.startsWith("tables/") || f.endsWith(".svg")).toList();
            assertThat(reproducible).hasSizeGreaterThanOrEqualTo(3);
            for (String file : reproducible) {
                assertThat(Files.readAllBytes(b.resolve(file))).as(job + "/" + file)
                        .isEqualTo(Files.readAllBytes(a.resolve(file)));
            }
        }
    }

    @Test
    void aChangedSettingStartsANewRunButADescriptionDoesNot() throws IOException {
        startFromThePublishedRun();
        Path jobFile = jobs.resolve("arrivals.yaml");
        Files.writeString(jobFile, Files.readString(jobFile).replace("description: Arrivals", "description: All"));
        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.OK);
        assertThat(stdout()).contains("arrivals: current");

        Files.writeString(jobFile, Files.readString(jobFile).replace("[10000, 20000, 30000]", "[25000]"));
        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.OK);
        assertThat(stdout()).contains("arrivals: published run ");
        assertThat(Files.readString(output.resolve("arrivals/latest/tables/milestones.csv")))
                .isEqualTo("threshold,period,month,cumulative_at_month_end,cumulative_at_period_end\n"
                        + "25000,2013,,,26122\n");
    }

    @Test
    void aBadInputFailsWithOnePlacedLineAndPublishesNothing() throws IOException {
        startFromThePublishedRun();
        List<String> before = PublishedRuns.files(output.resolve("arrivals"));
        byte[] latestYearly = Files.readAllBytes(output.resolve("arrivals/latest/tables/yearly.csv"));

        Files.writeString(input.resolve("mou-arrivals-by-year.csv"),
                Files.readString(input.resolve("mou-arrivals-by-year.csv")).replace("2005,424,", "2005,4x4,"));
        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.FAILED);

        assertThat(stdout()).isEmpty();
        assertThat(stderr().lines().toList()).hasSize(3).startsWith("defstats: arrivals failed, nothing published: "
                + "1 problem in its inputs", "  mou-arrivals-by-year.csv:7:2: male must be a whole number such as 1036 "
                + "or 1,036, not '4x4'; fix the cell, or leave it empty or '-' where the figure was not published [count]");
        assertThat(stderr().lines().toList().get(2)).startsWith("  all listed in ").endsWith("/rejects.csv");
        assertThat(PublishedRuns.files(output.resolve("arrivals")).stream().filter(f -> !f.startsWith("failed/")))
                .isEqualTo(before);
        Path rejects = Path.of(stderr().lines().toList().get(2).substring("  all listed in ".length()));
        assertThat(rejects).hasContent("file,line,column,value,rule,message\n"
                + "mou-arrivals-by-year.csv,7,2,4x4,count,\"male must be a whole number such as 1036 or 1,036, not "
                + "'4x4'; fix the cell, or leave it empty or '-' where the figure was not published\"\n");
        assertThat(Files.readAllBytes(output.resolve("arrivals/latest/tables/yearly.csv"))).isEqualTo(latestYearly);
    }

    @Test
    void maxRejectsSkipsListsAndCountsTheBadLinesItAllows() throws IOException {
        Files.writeString(jobs.resolve("arrivals.yaml"), Files.readString(jobs.resolve("arrivals.yaml"))
                + "max-rejects: 1\n");
        Files.writeString(input.resolve("mou-arrivals-partial-periods.csv"),
                Files.readString(input.resolve("mou-arrivals-partial-periods.csv")).replace("2013-01~2013-03,,,320",
                        "2013-01~2013-03,,,=cmd|' /C calc'!A0"));

        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.OK);

        assertThat(stdout()).contains("partial-periods 23 rows (1 rejected line skipped)", "rejects.csv");
        Path latest = output.resolve("arrivals/latest");
        assertThat(Files.readString(latest.resolve("rejects.csv"))).isEqualTo("file,line,column,value,rule,message\n"
                + "mou-arrivals-partial-periods.csv,4,4,'=cmd|' /C calc'!A0,count,\"total must be a whole number such "
                + "as 1036 or 1,036, not '=cmd|' /C calc'!A0'; fix the cell, or leave it empty or '-' where the figure "
                + "was not published\"\n");
        assertThat(Files.readString(latest.resolve("tables/partial-periods.csv"))).doesNotContain("2013-01~2013-03");
        assertThat(Files.readString(latest.resolve("manifest.json"))).contains("\"rejectedLines\" : 1",
                "\"problems\" : 1");

        Files.writeString(input.resolve("mou-arrivals-partial-periods.csv"),
                Files.readString(input.resolve("mou-arrivals-partial-periods.csv")).replace("2015-01~2015-04,,,424",
                        "2015-01~2015-04,,,4x24"));
        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.FAILED);
        assertThat(stderr()).contains("2 problems in its inputs", "partial-periods.csv:4:4:", "partial-periods.csv:5:4:");

        Files.writeString(input.resolve("mou-arrivals-partial-periods.csv"),
                Files.readString(input.resolve("mou-arrivals-partial-periods.csv")).replace("4x24", "424"));
        Files.writeString(input.resolve("mou-arrivals-by-year.csv"),
                Files.readString(input.resolve("mou-arrivals-by-year.csv")).replace("~1998,831,116,947", "~1998,831,116,9x47"));
        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.FAILED);
        assertThat(stderr()).as("a skipped year would change every cumulative total")
                .contains("mou-arrivals-by-year.csv:2:4:", "[count]");
    }

    @Test
    void anExtraColumnIsAWarningAndTheRunIsPublished() throws IOException {
        Files.writeString(input.resolve("mou-arrivals-by-year.csv"),
                Files.readString(input.resolve("mou-arrivals-by-year.csv")).replace("period,male,female,total",
                        "period,male,female,total,비고"));

        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.OK);

        assertThat(stderr()).isEqualTo("defstats: warning: mou-arrivals-by-year.csv:1:5: column '비고' is not one "
                + "defstats reads here; its cells are ignored [extra-column]\n");
        assertThat(Files.readString(output.resolve("arrivals/latest/manifest.json"))).contains("[extra-column]");
    }

    @Test
    void educationTotalsThatDifferFromTheArrivalsAreRefusedUnlessTheToleranceAllowsIt() throws IOException {
        Files.writeString(input.resolve("illustrative-education-by-year.csv"),
                Files.readString(input.resolve("illustrative-education-by-year.csv")).replace("2013,none,",
                        "2013,무학,").replace("2013,university,100", "2013,university,150"));

        assertThat(defstats("run", "education")).isEqualTo(Defstats.FAILED);
        assertThat(stderr()).contains("[education-total]", "but 1514 arrived that year");

        Files.writeString(jobs.resolve("education.yaml"), Files.readString(jobs.resolve("education.yaml"))
                .replace("arrivals-tolerance: 0", "arrivals-tolerance: 1000"));
        assertThat(defstats("run", "education")).isEqualTo(Defstats.OK);
    }

    @Test
    void revising2016From1414To1418RevisesExactly2016AndWhatDependsOnIt() throws IOException {
        String published = Files.readString(input.resolve("mou-arrivals-by-year.csv"));
        Files.writeString(input.resolve("mou-arrivals-by-year.csv"), published.replace("2016,302,1116,1418",
                "2016,298,1116,1414"));
        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.OK);
        String firstRun = runs("arrivals").get(0);
        assertThat(output.resolve("arrivals/latest/revisions.csv")).doesNotExist();

        Files.writeString(input.resolve("mou-arrivals-by-year.csv"), published);
        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.OK);

        assertThat(stdout()).contains("; 18 figures revised in milestones.csv, yearly.csv, listed in revisions.csv");
        List<String> revisions = Files.readAllLines(output.resolve("arrivals/latest/revisions.csv"));
        assertThat(revisions.get(0)).isEqualTo("table,key,column,previous_value,previous_run_id,new_value");
        assertThat(revisions.subList(1, revisions.size())).allSatisfy(line -> assertThat(line)
                .matches("yearly\\.csv,period=(2016,(male|total|female_share_pct|change_persons|change_pct)"
                        + "|2017,(change_persons|change_pct)|20(1[6-9]|2[0-5]),cumulative_total),.*"
                        + "|milestones\\.csv,threshold=30000,cumulative_at_period_end,.*")
                .contains("," + firstRun + ","));
        assertThat(revisions).contains("yearly.csv,period=2016,total,1414," + firstRun + ",1418",
                "yearly.csv,period=2022,cumulative_total,33878," + firstRun + ",33882").hasSize(19);
        assertThat(Files.readString(output.resolve("arrivals/latest/manifest.json"))).contains("\"count\" : 18");

        Files.writeString(input.resolve("mou-arrivals-by-year.csv"), published.replace("2016,302,1116,1418",
                "2016,298,1116,1414"));
        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.OK);
        assertThat(stdout()).contains("arrivals: published run ", "; 18 figures revised");
        assertThat(Files.readString(output.resolve("arrivals/latest/tables/yearly.csv"))).contains("2016,298,1116,1414,");
        assertThat(runs("arrivals")).hasSize(3);
    }

    @Test
    void rowProblemsAndProblemsAcrossRowsAreReportedTogether() throws IOException {
        Files.writeString(input.resolve("mou-arrivals-by-year.csv"), Files.readString(input.resolve(
                "mou-arrivals-by-year.csv")).replace("2018,168,969,1137", "2018,168,969,1137\n2018,168,969,1137")
                .replace("2005,424,", "2005,4x4,"));

        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.FAILED);

        assertThat(stderr()).contains("2 problems in its inputs", "mou-arrivals-by-year.csv:7:2:", "[count]",
                "mou-arrivals-by-year.csv:21:1: 2018 appears twice, also on line 20; keep one of them [duplicate]")
                .doesNotContain("[gap]");
    }

    @Test
    void restartRefusesUnknownAndCompletedRunsAndAnInputLinkOutOfTheInputFolderIsRefused() throws IOException {
        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.OK);
        assertThat(defstats("restart", "20200101T000000Z-99")).isEqualTo(Defstats.USAGE);
        assertThat(stderr()).startsWith("defstats: no run 20200101T000000Z-99 in the job repository of ");
        assertThat(defstats("restart", runs("arrivals").get(0)))
                .isEqualTo(Defstats.USAGE);
        assertThat(stderr()).contains("completed; there is nothing to restart");

        Path outside = Files.writeString(work.resolve("outside.csv"), "period,total\n2016,1418\n");
        Files.delete(input.resolve("mou-arrivals-by-year.csv"));
        Files.createSymbolicLink(input.resolve("mou-arrivals-by-year.csv"), outside);
        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.USAGE);
        assertThat(stderr()).contains("which a link leads out of the input folder");
    }

    @Test
    void verifyFindsAChangedByteAndAnAddedFile() throws IOException {
        startFromThePublishedRun();
        Path run = output.resolve("arrivals/runs").resolve(runs("arrivals").get(0));
        assertThat(defstats("verify", run.toString())).isEqualTo(Defstats.OK);
        assertThat(stdout()).startsWith("verified: every file of ");

        Path yearly = run.resolve("tables/yearly.csv");
        yearly.toFile().setWritable(true);
        Files.writeString(yearly, Files.readString(yearly).replace("2016,302,", "2016,303,"));
        Files.writeString(run.resolve("notes.txt"), "x");
        Files.delete(run.resolve("charts/arrivals.svg"));

        assertThat(defstats("verify", run.toString())).isEqualTo(Defstats.FAILED);
        String record = " (against the job repository's record of run " + run.getFileName() + ")";
        assertThat(stdout().lines()).containsExactly("changed: tables/yearly.csv (against manifest.json)",
                "removed: charts/arrivals.svg (against manifest.json)", "added: notes.txt (against manifest.json)",
                "removed: charts/arrivals.svg" + record, "changed: tables/yearly.csv" + record,
                "added: notes.txt" + record);
        assertThat(defstats("verify", work.toString())).isEqualTo(Defstats.USAGE);
        assertThat(stderr()).contains("has no manifest.json");
    }

    @Test
    void compareHonoursThePublishedRounding() throws IOException {
        startFromThePublishedRun();
        Path table = output.resolve("education/latest/tables/university-or-higher.csv");
        Path hana = Files.writeString(work.resolve("hana-foundation.csv"), "year,share_pct\n2012,5.3\n2013,6.6\n"
                + "2014,6.6\n2015,7.3\n");
        assertThat(defstats("compare", table.toString(), hana.toString())).isEqualTo(Defstats.OK);

        Files.writeString(hana, "year,share_pct\n2012,5.4\n2015,7.3\n");
        assertThat(defstats("compare", table.toString(), hana.toString())).isEqualTo(Defstats.FAILED);
        assertThat(stdout().strip()).isEqualTo("university-or-higher.csv year=2012 share_pct: published 5.4, computed 5.3");
    }

    @Test
    void aTotalThatIsNotMalePlusFemaleFails() throws IOException {
        Files.writeString(input.resolve("mou-arrivals-by-year.csv"),
                Files.readString(input.resolve("mou-arrivals-by-year.csv")).replace("2016,302,1116,1418",
                        "2016,302,1116,1419"));

        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.FAILED);

        assertThat(stderr()).contains("mou-arrivals-by-year.csv:18:4: male 302 + female 1116 = 1418, but total is "
                + "1419").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(output.resolve("arrivals/runs")).doesNotExist();
        assertThat(output.resolve("arrivals/latest")).doesNotExist();
    }

    @Test
    void aFileThatIsNotUtf8IsNamedWithTheFix() throws IOException {
        Files.write(input.resolve("mou-arrivals-by-year.csv"),
                "period,male,female,total\n2016,302,1116,1418\n2017,188,939,1127 \u00a7\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(defstats("run", "arrivals")).isEqualTo(Defstats.FAILED);

        assertThat(stderr()).contains("mou-arrivals-by-year.csv:3: is neither UTF-8 nor CP949 (EUC-KR) text; save "
                + "the export as CSV UTF-8")
                .doesNotContain("Exception");
        assertThat(output.resolve(".defstats")).isDirectoryNotContaining("glob:**.trace.db");
    }

    @Test
    void refusedJobFilesAndMissingInputsStopBeforeAnyWork() throws IOException {
        Files.writeString(jobs.resolve("extra.yaml"), "name: extra\ntype: arrivals\ninputs: {yearly: gone.csv}\n");
        assertThat(defstats("run")).isEqualTo(Defstats.USAGE);
        assertThat(stderr()).contains("extra.yaml: 'inputs.yearly' names ").contains("gone.csv, which does not exist");
        assertThat(output).doesNotExist();

        Files.writeString(jobs.resolve("extra.yaml"), "name: extra\ntype: arrivals\ninputs: {yearly: a.csv}\nyears: 3\n");
        assertThat(defstats("run")).isEqualTo(Defstats.USAGE);
        assertThat(stderr()).contains("extra.yaml:4:1: 'years' is not a key of a arrivals job");
    }

    @Test
    void listHelpAndUsageErrors() {
        assertThat(defstats("list")).isEqualTo(Defstats.OK);
        assertThat(stdout()).contains("arrivals   arrivals   0 30 2 * * * Asia/Seoul", "education  education")
                .contains("Arrivals per year and by sex");

        assertThat(defstats("--help")).isEqualTo(Defstats.OK);
        assertThat(stdout()).contains("defstats run [JOB...] [--input DIR] [--output DIR]", "Exit codes");

        assertThat(defstats("run", "census")).isEqualTo(Defstats.USAGE);
        assertThat(stderr()).contains("there is no job 'census'", "the jobs are arrivals, education");

        assertThat(defstats("publish")).isEqualTo(Defstats.USAGE);
        assertThat(stderr()).contains("unknown command 'publish'", "--help");
    }

    @Test
    void scheduleRefusesABadCronNamingTheFileBeforeStarting() throws IOException {
        Path arrivals = jobs.resolve("arrivals.yaml");
        Files.writeString(arrivals, Files.readString(arrivals).replace("\"0 30 2 * * *\"", "\"0 30 2 * *\""));
        assertThat(defstats("schedule")).isEqualTo(Defstats.USAGE);
        assertThat(stderr()).startsWith("defstats: " + arrivals + ":").contains("'schedule.cron' is not a cron "
                + "expression of six fields (second minute hour day month weekday)");
        assertThat(output).doesNotExist();

        assertThat(defstats("schedule", "arrivals")).isEqualTo(Defstats.USAGE);
        assertThat(stderr()).contains("schedule takes no job names");
    }

    @Test
    void theNextRunOfAJobDeletesTheWorkFoldersItsEndedRunsLeftButNoOtherJobs() throws IOException {
        startFromThePublishedRun();
        String arrivalsRun = runs("arrivals").get(0);
        String educationRun = runs("education").get(0);
        long arrivalsExecution = Long.parseLong(arrivalsRun.substring(arrivalsRun.lastIndexOf('-') + 1));
        Path work = output.resolve(".defstats/work");
        // what a process killed while publishing, writing rejects, ingesting or replacing latest/ leaves behind
        List<Path> arrivals = List.of(work.resolve("arrivals-" + arrivalsRun),
                work.resolve("arrivals-failed-" + arrivalsRun), work.resolve("stage-arrivals-" + arrivalsExecution),
                work.resolve("arrivals-latest-" + arrivalsRun), work.resolve("arrivals-previous-latest-" + arrivalsRun));
        // another job's; the last as a job named arrivals-failed would leave it, though its run is education's
        List<Path> others = List.of(work.resolve("education-" + educationRun),
                work.resolve("education-failed-" + educationRun), work.resolve("arrivals-failed-" + educationRun));
        for (Path folder : Stream.concat(arrivals.stream(), others.stream()).toList()) {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("manifest.json"), "{}");
        }
        Files.writeString(input.resolve("mou-arrivals-by-year.csv"),
                Files.readString(input.resolve("mou-arrivals-by-year.csv")).replace("2016,302,1116,1418",
                        "2016,298,1116,1414"));

        assertThat(defstats("run", "arrivals")).as(stderr()).isEqualTo(Defstats.OK);

        assertThat(stdout()).contains("arrivals: published run ");
        assertThat(arrivals).noneMatch(Files::exists);
        assertThat(others).allMatch(Files::isDirectory);
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("arrivals-2"));
        }
    }

    /** The output folder as {@code defstats run} of the shipped jobs on the shipped inputs leaves it. */
    private void startFromThePublishedRun() {
        CorpusRuns.copyTree(published.resolve("output"), output);
    }

    private int defstats(String... args) {
        out.reset();
        err.reset();
        Stream<String> folders = switch (args.length == 0 ? "" : args[0]) {
            case "run", "schedule" -> Stream.of("--input", input.toString(), "--output", output.toString(), "--jobs",
                    jobs.toString());
            case "list" -> Stream.of("--jobs", jobs.toString());
            case "history", "restart", "replay" -> Stream.of("--output", output.toString());
            default -> Stream.of();
        };
        String[] all = Stream.concat(Stream.of(args), folders).toArray(String[]::new);
        return new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(all);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<String> runs(String job) throws IOException {
        try (Stream<Path> runs = Files.list(output.resolve(job).resolve("runs"))) {
            return runs.map(p -> p.getFileName().toString()).sorted().toList();
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
