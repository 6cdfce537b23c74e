package org.defstats.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.defstats.cli.Defstats;
import org.defstats.publish.PublishedRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped samples as other exports write them (corpus/variants/) give byte-identical tables. */
class ExportVariantsTest {

    private static final Path VARIANTS = CorpusRuns.resource("/org/defstats/corpus/variants");
    private static final List<String> JOBS = List.of("arrivals", "education");

    @TempDir
    static Path canonical;

    @TempDir
    Path work;

    @BeforeAll
    static void publishTheShippedSamples() {
        CorpusRuns.copyTree(Path.of("input"), canonical.resolve("input"));
        CorpusRuns.copyTree(Path.of("jobs"), canonical.resolve("jobs"));
        CorpusRuns.Console run = CorpusRuns.run(canonical, JOBS.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isEqualTo(Defstats.OK);
    }

    @ParameterizedTest(name = "{0} read as {1}")
    @CsvSource(delimiter = '|', value = {
        "cp949    | CP949          | yearly 26 rows (1 total row, 1 footnote, 1 empty line skipped), "
                + "partial-periods 24 rows (1 footnote, 1 empty line skipped)",
        "utf8-bom | UTF-8 with BOM | yearly 26 rows, partial-periods 24 rows",
        "crlf     | UTF-8          | yearly 26 rows, partial-periods 24 rows"})
    void givesTheTablesOfTheShippedSamples(String variant, String encoding, String arrivalsRead) throws IOException {
        CorpusRuns.copyTree(VARIANTS.resolve(variant), work.resolve("input"));
        CorpusRuns.copyTree(Path.of("jobs"), work.resolve("jobs"));

        CorpusRuns.Console run = CorpusRuns.run(work, JOBS.toArray(String[]::new));

        assertThat(run.exit()).as(run.err()).isEqualTo(Defstats.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("arrivals: published run ", "(read " + arrivalsRead + ")");
        for (String job : JOBS) {
            Path expected = canonical.resolve("output").resolve(job).resolve("latest");
            Path actual = work.resolve("output").resolve(job).resolve("latest");
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
