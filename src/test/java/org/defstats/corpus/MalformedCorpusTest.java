package org.defstats.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.defstats.cli.Defstats;
import org.defstats.publish.PublishedRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Each malformed input of corpus/expected.csv is refused with its problem (rule and line) listed, and nothing is published. */
class MalformedCorpusTest {

    private static final Path CORPUS = CorpusRuns.resource("/org/defstats/corpus");

    /**
     * Cases where defstats does not yet do what expected.csv says. Such a case is reported as skipped while it
     * still fails, and fails once it passes, so that its entry here is removed with the fix.
     */
    /** The shipped inputs and job files, with a published run of each job. */
    @TempDir
    static Path published;

    @TempDir
    Path work;

    @BeforeAll
    static void publishEveryJobOnTheSampleInputs() {
        CorpusRuns.copyTree(Path.of("input"), published.resolve("input"));
        CorpusRuns.copyTree(Path.of("jobs"), published.resolve("jobs"));
        CorpusRuns.Console run = CorpusRuns.run(published, "arrivals", "education");
        assertThat(run.exit()).as(run.err()).isEqualTo(Defstats.OK);
    }

    @ParameterizedTest(name = "{0}: [{3}] at line {4}")
    @CsvFileSource(resources = "/org/defstats/corpus/expected.csv", numLinesToSkip = 1)
    void refusesTheFileWithItsProblemAndPublishesNothing(String file, String job, String role, String rule,
            long line, String why) throws IOException {
        CorpusRuns.copyTree(published, work);
        String name = Path.of(file).getFileName().toString();
        Files.copy(CORPUS.resolve(file), work.resolve("input").resolve(name));
        useInput(work.resolve("jobs").resolve(job + ".yaml"), role, name);

        CorpusRuns.Console run = CorpusRuns.run(work, job);

        assertRefused(run, job, name, rule, line, why);
    }

    private void assertRefused(CorpusRuns.Console run, String job, String name, String rule, long line, String why)
            throws IOException {
        assertThat(run.exit()).as(why + "\n" + run.out() + run.err()).isEqualTo(Defstats.FAILED);

        Path output = work.resolve("output").resolve(job);
        List<CSVRecord> rejects = rejects(output);
        assertThat(rejects.stream().map(r -> List.of(r.get("file"), r.get("line"), r.get("rule"))))
                .as(why + ": " + rejects).contains(List.of(name, Long.toString(line), rule));

        Path before = published.resolve("output").resolve(job);
        assertThat(PublishedRuns.files(output).stream().filter(f -> !f.startsWith("failed/")))
                .isEqualTo(PublishedRuns.files(before));
        PublishedRuns.assertSameFiles(before.resolve("runs"), output.resolve("runs"));
        PublishedRuns.assertSameFiles(before.resolve("latest"), output.resolve("latest"));

        String place = "  " + name + (line > 0 ? ":" + line + ":" : ": ");
        assertThat(run.err().lines()).as(run.err()).anyMatch(l -> l.startsWith(place) && l.endsWith("[" + rule + "]"));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
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
