package org.defstats.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.defstats.cli.Defstats;
import org.defstats.publish.PublishedRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped samples as other exports write them (corpus/variants/) give byte-identical tables. Each variant is run
 * as jobs of its own ({@code arrivals-cp949}, ...) beside the shipped jobs, all in one {@code defstats run}, so that
 * Spring and the job repository start once.
 */
class ExportVariantsTest {

    private static final Path VARIANTS = CorpusRuns.resource("/org/defstats/corpus/variants");
    private static final List<String> JOBS = List.of("arrivals", "education");
    private static final List<String> VARIANT_NAMES = List.of("cp949", "utf8-bom", "crlf");

    /** The shipped inputs and jobs, and each variant in input/VARIANT/ with its jobs JOB-VARIANT. */
    @TempDir
    static Path folder;

    private static CorpusRuns.Console run;

    @BeforeAll
    static void publishTheShippedSamplesAndEveryVariant() throws IOException {
        CorpusRuns.copyTree(Path.of("input"), folder.resolve("input"));
        Files.createDirectories(folder.resolve("jobs"));
        for (String job : JOBS) {
            Files.copy(Path.of("jobs").resolve(job + ".yaml"), folder.resolve("jobs").resolve(job + ".yaml"));
        }
        for (String variant : VARIANT_NAMES) {
            Path inputs = folder.resolve("input").resolve(variant);
            CorpusRuns.copyTree(VARIANTS.resolve(variant), inputs);
            for (String job : JOBS) {
                String jobFile = Files.readString(Path.of("jobs").resolve(job + ".yaml"));
                assertThat(jobFile).contains("name: " + job + "\n");
                jobFile = jobFile.replace("name: " + job + "\n", "name: " + job + "-" + variant + "\n");
                try (Stream<Path> files = Files.list(inputs)) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        jobFile = jobFile.replace(": " + name + "\n", ": " + variant + "/" + name + "\n");
                    }
                }
                Files.writeString(folder.resolve("jobs").resolve(job + "-" + variant + ".yaml"), jobFile);
            }
        }
        run = CorpusRuns.run(folder);
    }

    @ParameterizedTest(name = "{0} read as {1}")
    @CsvSource(delimiter = '|', value = {
        "cp949    | CP949          | yearly 26 rows (1 total row, 1 footnote, 1 empty line skipped), "
                + "partial-periods 24 rows (1 footnote, 1 empty line skipped)",
        "utf8-bom | UTF-8 with BOM | yearly 26 rows, partial-periods 24 rows",
        "crlf     | UTF-8          | yearly 26 rows, partial-periods 24 rows"})
    void givesTheTablesOfTheShippedSamples(String variant, String encoding, String arrivalsRead) throws IOException {
        assertThat(run.exit()).as(run.err()).isEqualTo(Defstats.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).as(run.out()).anyMatch(l -> l.startsWith("arrivals-" + variant
                + ": published run ") && l.endsWith(" (read " + arrivalsRead + ")"));
        for (String job : JOBS) {
            Path expected = folder.resolve("output").resolve(job).resolve("latest");
            Path actual = folder.resolve("output").resolve(job + "-" + variant).resolve("latest");
            List<String> tables = PublishedRuns.files(expected).stream().filter(f -> f.startsWith("tables/")).toList();
            assertThat(tables).isNotEmpty();
            assertThat(PublishedRuns.files(actual).stream().filter(f -> f.startsWith("tables/"))).isEqualTo(tables);
            for (String table : tables) {
                assertThat(Files.readAllBytes(actual.resolve(table))).as(job + "/" + table)
                        .isEqualTo(Files.readAllBytes(expected.resolve(table)));
            }
            JsonNode inputs = manifest(actual).at("/content/inputs");
            JsonNode canonicalInputs = manifest(expected).at("/content/inputs");
            assertThat(inputs.size()).isEqualTo(canonicalInputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                String input = job + " " + inputs.get(i).get("role").asString();
                assertThat(inputs.get(i).get("encoding").asString()).as(input).isEqualTo(encoding);
                assertThat(inputs.get(i).get("rows").asLong()).as(input + " rows")
                        .isEqualTo(canonicalInputs.get(i).get("rows").asLong());
            }
        }
    }

    private static JsonNode manifest(Path run) {
        return JsonMapper.builder().build().readTree(run.resolve("manifest.json").toFile());
    }
}
