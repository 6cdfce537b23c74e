package org.defstats.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.defstats.fuzz.FuzzCases.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.defstats.arrivals.ArrivalsSettings;
import org.defstats.cli.Defstats;
import org.defstats.corpus.CorpusRuns;
import org.defstats.csv.LineProblem;
import org.defstats.fuzz.FuzzCases.Case;
import org.defstats.fuzz.FuzzCases.Effect;
import org.defstats.fuzz.FuzzCases.Fuzzer;
import org.defstats.publish.PublishedRuns;
import org.defstats.runs.JobRunner;
import org.defstats.runs.RunOutcome;
import org.defstats.runs.RunPreparation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;

/** Mutates the sample inputs at random with a fixed seed: every run must publish the right tables or refuse cleanly. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:input-fuzz;DB_CLOSE_DELAY=-1",
        "logging.level.org.springframework.batch=OFF"})
class InputFuzzTest {

    private static final long SEED = 20_261_122L;
    private static final int ARRIVALS_CASES = 120;
    private static final int EDUCATION_CASES = 80;
    private static final int COMMAND_CASES = 5;
    private static final int COMMAND_CASE_OFFSET = 100_000;

    private static final Map<String, List<String>> TABLES = Map.of(
            "arrivals", List.of("yearly.csv", "partial-periods.csv", "milestones.csv"),
            "education", List.of("levels.csv", "university-or-higher.csv"));
    private static final Map<String, String> TABLE_HEADERS = Map.of(
            "yearly.csv", "period,male,female,total,female_share_pct,change_persons,change_pct,cumulative_total",
            "partial-periods.csv", "period,male,female,total,previous_period,previous_total,change_pct",
            "milestones.csv", "threshold,period,month,cumulative_at_month_end,cumulative_at_period_end",
            "levels.csv", "year,level,count,year_total,share_pct",
            "university-or-higher.csv", "year,count,total,share_pct,change_points");

    @Autowired
    private JobRunner runner;

    @TempDir
    Path work;

    @Test
    void mutatedArrivalsInputsArePublishedRightOrRefusedCleanly() {
        fuzz("arrivals", ARRIVALS_CASES);
    }

    @Test
    void mutatedEducationInputsArePublishedRightOrRefusedCleanly() {
        fuzz("education", EDUCATION_CASES);
    }

    @Test
    void theCommandRefusesMutatedInputsWithExitCode1AndNoStackTrace() {
        Map<String, Fuzzer> fuzzers = new LinkedHashMap<>();
        Map<String, Path> baselines = new LinkedHashMap<>();
        for (String job : TABLES.keySet()) {
            fuzzers.put(job, new Fuzzer(job, SEED));
            baselines.put(job, publishBaseline(fuzzers.get(job)));
        }
        List<Case> refused = new ArrayList<>();
        for (int n = COMMAND_CASE_OFFSET; refused.size() < COMMAND_CASES && n < COMMAND_CASE_OFFSET + 500; n++) {
            Fuzzer fuzzer = fuzzers.get(refused.size() % 2 == 0 ? "arrivals" : "education");
            Case c = fuzzer.generate(n);
            if (c.effect() == Effect.REFUSED && check(fuzzer, c, baselines.get(c.job())).equals("refused")) {
                refused.add(c);
            }
        }
        assertThat(refused).as("cases refused cleanly by the job runner").hasSize(COMMAND_CASES);
        Path dir = work.resolve("command");
        Map<String, Map<String, String>> before = new LinkedHashMap<>();
        for (Case c : refused) {
            String name = c.job() + "-case-" + c.number();
            c.writeInputs(dir.resolve("input").resolve(name));
            String jobFile = read(FuzzCases.JOBS.resolve(c.job() + ".yaml"))
                    .replace("name: " + c.job(), "name: " + name);
            for (String file : c.files().keySet()) {
                jobFile = jobFile.replace(": " + file, ": " + name + "/" + file);
            }
            write(dir.resolve("jobs").resolve(name + ".yaml"), jobFile.getBytes(StandardCharsets.UTF_8));
            CorpusRuns.copyTree(baselines.get(c.job()).resolve(c.job()), dir.resolve("output").resolve(name));
            before.put(name, hashes(dir.resolve("output").resolve(name)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute("run", "--input",
                dir.resolve("input").toString(), "--output", dir.resolve("output").toString(), "--jobs",
                dir.resolve("jobs").toString());

        String stderr = err.toString(StandardCharsets.UTF_8);
        String cases = refused.stream().map(Case::describe).collect(Collectors.joining("\n\n"));
        assertThat(exit).as("exit code; stderr:\n%s\n%s", stderr, cases).isEqualTo(Defstats.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).as("stdout; cases:\n%s", cases).isEmpty();
        assertThat(stderr).as("stderr; cases:\n%s", cases).doesNotContain("Exception").doesNotContain("\tat ");
        before.forEach((name, hashes) -> {
            assertThat(stderr).as("stderr; cases:\n%s", cases)
                    .containsPattern("defstats: " + name + " failed, nothing published: [0-9]+ problems? in its "
                            + "inputs\n  .*\\[[a-z][a-z0-9-]*]\n");
            Path jobFolder = dir.resolve("output").resolve(name);
            assertUnchangedExceptFailed(jobFolder, hashes);
            assertOnlyRunFolders(jobFolder);
        });
        assertWorkFolderEmpty(dir.resolve("output"));
    }

    @Test
    void aVeryLongPeriodCellIsRefusedWithAPeriodProblem() {
        Fuzzer fuzzer = new Fuzzer("arrivals", SEED);
        Map<String, byte[]> files = new LinkedHashMap<>(fuzzer.originals());
        files.put("mou-arrivals-by-year.csv",
                bytes("period,male,female,total\n" + "x".repeat(5000) + ",302,1116,1418\n"));

        RunOutcome outcome = run(fuzzer, files);

        assertThat(outcome).isInstanceOf(RunOutcome.Failed.class);
        assertThat(((RunOutcome.Failed) outcome).problems()).as(((RunOutcome.Failed) outcome).message())
                .extracting(LineProblem::rule).containsExactly("period");
    }

    @Test
    void anEducationYearWithoutArrivalsIsPublishedWithoutShares() {
        Fuzzer fuzzer = new Fuzzer("education", SEED);
        Map<String, byte[]> files = Map.of(
                "illustrative-education-by-year.csv", bytes("year,level,count\n2012,none,0\n"),
                "mou-arrivals-by-year.csv", bytes("period,male,female,total\n2012,0,0,0\n"));

        RunOutcome outcome = run(fuzzer, files);

        assertThat(outcome).isInstanceOf(RunOutcome.Published.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private RunOutcome run(Fuzzer fuzzer, Map<String, byte[]> files) {
        Path dir = work.resolve("reproduction");
        files.forEach((name, bytes) -> write(dir.resolve("input").resolve(name), bytes));
        return runner.run(RunPreparation.prepare(fuzzer.definition(), dir.resolve("input"), dir.resolve("output")));
    }

    private void fuzz(String job, int cases) {
        Fuzzer fuzzer = new Fuzzer(job, SEED);
        Path baseline = publishBaseline(fuzzer);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int n = 0; n < cases; n++) {
            Case c = fuzzer.generate(n);
            try {
                outcomes.merge(check(fuzzer, c, baseline), 1, Integer::sum);
            }
            catch (AssertionError e) {
                outcomes.merge("failed", 1, Integer::sum);
                failures.add(e.getMessage());
            }
        }
        System.out.printf("input fuzz of %s: seed %d, %d cases in %.1f s: %s%n", job, SEED, cases,
                (System.nanoTime() - start) / 1e9, outcomes);
        if (!failures.isEmpty()) {
            fail("%d of %d %s cases failed\n\n%s", failures.size(), cases, job, String.join("\n\n", failures));
        }
    }

    /** Runs a case and checks its outcome; an assertion error names the seed and the case, with its inputs. */
    private String check(Fuzzer fuzzer, Case c, Path baseline) {
        try {
            return runAndCheck(fuzzer, c, baseline);
        }
        catch (AssertionError | RuntimeException e) {
            throw new AssertionError("seed " + SEED + ", " + c.describe() + "\n  failed: " + failure(e), e);
        }
    }

    private String runAndCheck(Fuzzer fuzzer, Case c, Path baseline) {
        Path dir = work.resolve(c.job() + "-" + c.number());
        Path input = c.writeInputs(dir.resolve("input"));
        Path output = dir.resolve("output");
        Path jobFolder = output.resolve(c.job());
        CorpusRuns.copyTree(baseline.resolve(c.job()), jobFolder);
        Map<String, String> before = hashes(jobFolder);
        RunOutcome outcome = runner.run(RunPreparation.prepare(fuzzer.definition(), input, output));
        String result;
        if (outcome instanceof RunOutcome.Published published) {
            result = checkPublished(c, fuzzer, published, output, before);
        }
        else if (outcome instanceof RunOutcome.Failed failed) {
            result = checkRefused(c, failed, output, before);
        }
        else {
            throw new AssertionError("expected a new run or a refusal, got " + outcome);
        }
        deleteTree(dir);
        return result;
    }

    private Path publishBaseline(Fuzzer fuzzer) {
        Path dir = work.resolve("baseline-" + fuzzer.name);
        Path input = dir.resolve("input");
        fuzzer.originals().forEach((name, bytes) -> write(input.resolve(name), bytes));
        Path output = dir.resolve("output");
        RunOutcome outcome = runner.run(RunPreparation.prepare(fuzzer.definition(), input, output));
        assertThat(outcome).as("the baseline run of the sample inputs").isInstanceOf(RunOutcome.Published.class);
        Path latest = output.resolve(fuzzer.name).resolve("latest");
        for (String table : TABLES.get(fuzzer.name)) {
            assertThat(read(latest.resolve("tables").resolve(table))).isEqualTo(canonical(fuzzer.name, table));
        }
        return output;
    }

    private String checkPublished(Case c, Fuzzer fuzzer, RunOutcome.Published published, Path output,
            Map<String, String> before) {
        assertThat(c.effect()).as("published run %s of inputs that must be refused", published.runId())
                .isNotEqualTo(Effect.REFUSED);
        Path jobFolder = output.resolve(c.job());
        Path run = jobFolder.resolve("runs").resolve(published.runId());
        assertOnlyRunFolders(jobFolder);
        assertWorkFolderEmpty(output);
        Set<String> runs = new LinkedHashSet<>();
        before.keySet().stream().filter(f -> f.startsWith("runs/")).forEach(f -> runs.add(f.split("/")[1]));
        runs.add(published.runId());
        assertThat(list(jobFolder.resolve("runs"))).containsExactlyInAnyOrderElementsOf(runs);
        Map<String, String> after = hashes(jobFolder);
        before.entrySet().stream().filter(e -> e.getKey().startsWith("runs/"))
                .forEach(e -> assertThat(after.get(e.getKey())).as("earlier run file %s", e.getKey())
                        .isEqualTo(e.getValue()));
        try {
            JsonNode manifest = PublishedRuns.assertManifestMatchesFiles(run);
            PublishedRuns.assertSameFiles(run, jobFolder.resolve("latest"));
            for (JsonNode input : manifest.at("/content/inputs")) {
                String name = input.get("name").asString();
                assertThat(input.get("sha256").asString()).as("sha256 of input %s in the manifest", name)
                        .isEqualTo(sha256(c.files().get(name)));
                if (c.effect() == Effect.SAME) {
                    assertThat(List.of(input.get("rows").asInt(), input.at("/skipped/totalRows").asInt()))
                            .as("rows and total rows read of %s", name).isEqualTo(c.rows().get(name));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        boolean same = true;
        for (String table : TABLES.get(c.job())) {
            String text = read(run.resolve("tables").resolve(table));
            if (c.effect() == Effect.SAME || c.effect() == Effect.SAME_IF_PUBLISHED) {
                assertThat(text).as("table %s of inputs whose figures did not change", table)
                        .isEqualTo(canonical(c.job(), table));
            }
            same &= text.equals(canonical(c.job(), table));
            tables.put(table, rows(table, text));
        }
        if (c.job().equals("arrivals")) {
            PublishedTables.checkArrivals(tables, ((ArrivalsSettings) fuzzer.job.settings()).milestones());
        }
        else {
            PublishedTables.checkEducation(tables);
        }
        return same ? "published, same tables" : "published, changed tables";
    }

    private String checkRefused(Case c, RunOutcome.Failed failed, Path output, Map<String, String> before) {
        assertThat(c.effect()).as("refused inputs that must be published: %s", failed.message())
                .isNotIn(Effect.SAME, Effect.CHANGED);
        Path jobFolder = output.resolve(c.job());
        checkProblems(c, failed, jobFolder);
        assertUnchangedExceptFailed(jobFolder, before);
        assertOnlyRunFolders(jobFolder);
        assertWorkFolderEmpty(output);
        return "refused";
    }

    private static void checkProblems(Case c, RunOutcome.Failed failed, Path jobFolder) {
        assertThat(failed.problems()).as("the problems of a refusal (a failure that is not a rule error): %s",
                failed.message()).isNotEmpty();
        assertNoStackTrace(failed.message());
        Set<String> files = c.files().keySet();
        for (LineProblem problem : failed.problems()) {
            assertThat(problem.rule()).as("rule of %s", problem.describe()).matches("[a-z][a-z0-9-]*");
            assertThat(problem.file()).as("file of %s", problem.describe()).isIn(files);
            assertThat(problem.line()).as("line of %s", problem.describe()).isNotNegative();
            assertThat(problem.column()).as("column of %s", problem.describe()).isNotNegative();
            assertThat(problem.message()).as("message of %s", problem.describe()).isNotBlank();
            assertNoStackTrace(problem.message());
        }
        assertThat(failed.problemCount()).as("problem count").isGreaterThanOrEqualTo(
                Math.max(failed.problems().size(), c.minProblems()));
        assertThat(failed.rejects()).as("rejects.csv").isNotNull().isRegularFile();
        assertThat(failed.rejects().getParent().getParent()).isEqualTo(jobFolder.resolve("failed"));
        List<List<String>> rejects = rows("rejects.csv", read(failed.rejects()));
        assertThat(rejects).as("rows of rejects.csv").hasSize(failed.problems().size());
    }

    private static void assertNoStackTrace(String message) {
        assertThat(message).as("a message for people").isNotNull().doesNotContain("\tat ")
                .doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b").doesNotContain("java.lang.")
                .doesNotContain("org.springframework.").doesNotContain("org.h2.");
    }

    private static void assertUnchangedExceptFailed(Path jobFolder, Map<String, String> before) {
        Map<String, String> after = new TreeMap<>(hashes(jobFolder));
        // the job's pages of the site (index.html, index.ko.html) say the run failed: rewritten after every run
        after.keySet().removeIf(f -> f.startsWith("failed/") || f.matches("index(\\.[a-z]{2})?\\.html"));
        Map<String, String> expected = new TreeMap<>(before);
        expected.keySet().removeIf(f -> f.matches("index(\\.[a-z]{2})?\\.html"));
        assertThat(after).as("runs/ and latest/ after a refusal").isEqualTo(expected);
    }

    private static void assertOnlyRunFolders(Path jobFolder) {
        assertThat(list(jobFolder)).as("what is in %s", jobFolder).isSubsetOf("runs", "latest", "failed",
                "index.html", "index.ko.html");
    }

    private static void assertWorkFolderEmpty(Path output) {
        Path workFolder = output.resolve(".defstats/work");
        if (Files.exists(workFolder)) {
            assertThat(list(workFolder)).as("unfinished work left in %s", workFolder).isEmpty();
        }
    }

    private static String failure(Throwable e) {
        if (e instanceof AssertionError) {
            return e.getMessage();
        }
        return e + Stream.of(e.getStackTrace()).limit(8).map(f -> "\n      at " + f).collect(Collectors.joining());
    }

    private static String canonical(String job, String table) {
        try (InputStream in = InputFuzzTest.class.getResourceAsStream("/org/defstats/" + job + "/expected/" + table)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a published table below its header, which must be the table's. */
    private static List<List<String>> rows(String table, String text) {
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
            assertThat(records).as("lines of %s", table).isNotEmpty();
            if (TABLE_HEADERS.containsKey(table)) {
                assertThat(String.join(",", records.get(0).toList())).as("header of %s", table)
                        .isEqualTo(TABLE_HEADERS.get(table));
            }
            List<List<String>> rows = records.stream().skip(1).map(CSVRecord::toList).toList();
            rows.forEach(r -> assertThat(r).as("a row of %s", table).hasSameSizeAs(records.get(0).toList()));
            return rows;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below a folder, by relative path, with its SHA-256. */
    private static Map<String, String> hashes(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.exists(folder)) {
            return hashes;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
