package org.defstats.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.defstats.cli.Defstats;
import org.defstats.publish.PublishedRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Each malformed input of corpus/expected.csv is refused with its problem (rule and line) listed, and nothing is
 * published. Every case is a job of its own ({@code case-NN}, a copy of the shipped job file with one input pointed
 * at the corpus file, over a copy of that job's published output), and all of them run in one {@code defstats run},
 * so that Spring and the job repository start once rather than once a case.
 */
class MalformedCorpusTest {

    private static final String EXPECTED = "/org/defstats/corpus/expected.csv";
    private static final Path CORPUS = CorpusRuns.resource("/org/defstats/corpus");

    /** The shipped inputs and job files, with a published run of each job. */
    @TempDir
    static Path published;

    /** The folder where every case runs: input/ holds the shipped inputs and the corpus files, jobs/ the cases. */
    @TempDir
    static Path cases;

    /** The job name of each case, by its corpus file. */
    private static final Map<String, String> CASE_NAMES = new LinkedHashMap<>();

    private static CorpusRuns.Console run;

    @BeforeAll
    static void publishEveryJobThenRunEveryCaseInOneCommand() throws IOException {
        CorpusRuns.copyTree(Path.of("input"), published.resolve("input"));
        CorpusRuns.copyTree(Path.of("jobs"), published.resolve("jobs"));
        CorpusRuns.Console publish = CorpusRuns.run(published, "arrivals", "education");
        assertThat(publish.exit()).as(publish.err()).isEqualTo(Defstats.OK);

        CorpusRuns.copyTree(published.resolve("input"), cases.resolve("input"));
        Files.createDirectories(cases.resolve("jobs"));
        Set<String> names = new HashSet<>();
        try (Stream<Path> shipped = Files.list(cases.resolve("input"))) {
            shipped.forEach(f -> names.add(f.getFileName().toString()));
        }
        List<CSVRecord> expected = expected();
        for (int i = 0; i < expected.size(); i++) {
            CSVRecord row = expected.get(i);
            String file = row.get("file");
            String job = row.get("job");
            String caseName = String.format("case-%02d", i + 1);
            String name = Path.of(file).getFileName().toString();
            assertThat(names.add(name)).as("%s: the input folder has one file of each name", file).isTrue();
            CASE_NAMES.put(file, caseName);

            Files.copy(CORPUS.resolve(file), cases.resolve("input").resolve(name));
            Path jobFile = Files.copy(published.resolve("jobs").resolve(job + ".yaml"),
                    cases.resolve("jobs").resolve(caseName + ".yaml"));
            rename(jobFile, caseName);
            useInput(jobFile, row.get("role"), name);
            CorpusRuns.copyTree(published.resolve("output").resolve(job), cases.resolve("output").resolve(caseName));
        }

        run = CorpusRuns.run(cases);
    }

    @ParameterizedTest(name = "{0}: [{3}] at line {4}")
    @CsvFileSource(resources = EXPECTED, numLinesToSkip = 1)
    void refusesTheFileWithItsProblemAndPublishesNothing(String file, String job, String role, String rule,
            long line, String why) throws IOException {
        String caseName = CASE_NAMES.get(file);
        String name = Path.of(file).getFileName().toString();
        assertThat(run.exit()).as(why + "\n" + run.out() + run.err()).isEqualTo(Defstats.FAILED);

        Path output = cases.resolve("output").resolve(caseName);
        List<CSVRecord> rejects = rejects(output);
        assertThat(rejects.stream().map(r -> List.of(r.get("file"), r.get("line"), r.get("rule"))))
                .as(why + ": " + rejects).contains(List.of(name, Long.toString(line), rule));

        Path before = published.resolve("output").resolve(job);
        // the job's pages of the site are rewritten after every run; with no record of the copied runs here,
        // the site has no Korean report to show, so it keeps no Korean page
        assertThat(PublishedRuns.files(output).stream().filter(f -> !f.startsWith("failed/") && !sitePage(f)))
                .isEqualTo(PublishedRuns.files(before).stream().filter(f -> !sitePage(f)).toList());
        PublishedRuns.assertSameFiles(before.resolve("runs"), output.resolve("runs"));
        PublishedRuns.assertSameFiles(before.resolve("latest"), output.resolve("latest"));

        String place = "  " + name + (line > 0 ? ":" + line + ":" : ": ");
        assertThat(consoleBlock(caseName)).as(run.err())
                .anyMatch(l -> l.startsWith(place) && l.endsWith("[" + rule + "]"));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** The lines indented below {@code defstats: CASE failed, nothing published: ...} on the console. */
    private static List<String> consoleBlock(String caseName) {
        List<String> lines = run.err().lines().toList();
        String heading = "defstats: " + caseName + " failed, nothing published: ";
        int start = IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith(heading)).findFirst()
                .orElse(-1);
        assertThat(start).as("%s is reported on the console:\n%s", caseName, run.err()).isNotNegative();
        return lines.subList(start + 1, lines.size()).stream().takeWhile(l -> l.startsWith("  ")).toList();
    }

    private static boolean sitePage(String file) {
        return file.matches("index(\\.[a-z]{2})?\\.html");
    }

    private static List<CSVRecord> expected() throws IOException {
        try (InputStream in = MalformedCorpusTest.class.getResourceAsStream(EXPECTED);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    /** Gives a job file another job name. */
    private static void rename(Path jobFile, String name) throws IOException {
        Matcher line = Pattern.compile("(?m)^name:.*$").matcher(Files.readString(jobFile));
        assertThat(line.find()).as(jobFile + " names its job").isTrue();
        Files.writeString(jobFile, line.replaceFirst("name: " + name));
    }

    /** Points the input role of a job file at another file of the input folder. */
    private static void useInput(Path jobFile, String role, String name) throws IOException {
        Matcher input = Pattern.compile("(?m)^(\\s+" + Pattern.quote(role) + ":).*$").matcher(Files.readString(jobFile));
        assertThat(input.find()).as(jobFile + " names the input " + role).isTrue();
        Files.writeString(jobFile, input.replaceFirst("$1 " + Matcher.quoteReplacement(name)));
    }

    /** The rows of the one rejects.csv that the refused run wrote below JOB/failed/. */
    private static List<CSVRecord> rejects(Path jobOutput) throws IOException {
        List<Path> failed;
        try (Stream<Path> runs = Files.list(jobOutput.resolve("failed"))) {
            failed = runs.toList();
        }
        assertThat(failed).hasSize(1);
        try (Reader reader = Files.newBufferedReader(failed.get(0).resolve("rejects.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
            assertThat(rows).isNotEmpty();
            return rows;
        }
    }
}
