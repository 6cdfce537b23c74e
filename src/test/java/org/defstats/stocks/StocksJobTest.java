package org.defstats.stocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.defstats.cli.Defstats;
import org.defstats.cli.InProcessDefstats;
import org.defstats.corpus.CorpusRuns;
import org.defstats.publish.PublishedRuns;
import org.defstats.workbook.PublishedWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** The shipped stocks job end to end: every table, chart and the manifest, its warning, and a refusal. */
class StocksJobTest {

    private static final List<String> TABLES = List.of("age.csv", "coverage.csv", "education.csv",
            "female-share.csv", "flows.csv", "occupation.csv");

    @TempDir
    Path work;

    private final InProcessDefstats console = new InProcessDefstats();

    @BeforeEach
    void copyShippedJobAndInputs() throws IOException {
        CorpusRuns.copyTree(Path.of("input"), work.resolve("input"));
        Files.createDirectories(work.resolve("jobs"));
        Files.copy(Path.of("jobs/stocks.yaml"), work.resolve("jobs/stocks.yaml"));
    }

    @Test
    void publishesTheMouFiguresWithTheFallingCountAsAWarning() throws IOException {
        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);

        assertThat(console.out()).contains("stocks: published run ", "education 16 rows (2 total rows skipped)",
                "arrivals 26 rows");
        String warning = "mou-occupation-snapshots.csv:29:4: occupation management fell from 551 at 2020-09 to 550 "
                + "at 2022-12; a cumulative count cannot fall, so the MOU must have revised its classification [fell]";
        assertThat(console.err()).isEqualTo("defstats: warning: " + warning + "\n");
        Path latest = work.resolve("output/stocks/latest");
        for (String table : TABLES) {
            assertThat(latest.resolve("tables").resolve(table)).as(table).hasContent(expected(table));
        }
        String education = Files.readString(latest.resolve("tables/education.csv"));
        assertThat(education).contains("2020-09,male,university,1099,9396,11.7\n",
                "2022-12,all,university,2343,33836,6.9\n", "2022-12,all,secondary,23471,33836,69.4\n");
        assertThat(Files.readString(latest.resolve("tables/age.csv"))).contains("2020-09,male,0-9,651,9396,",
                "2020-09,female,0-9,646,24252,", "2020-09,all,0-9,1297,33648,");
        assertThat(Files.readString(latest.resolve("tables/occupation.csv")))
                .contains("2020-09,all,laborer,13347,33648,39.7\n");
        assertThat(Files.readString(latest.resolve("tables/female-share.csv")))
                .contains("occupation,2020-09,laborer,9205,4142,69.0\n");
        assertThat(Files.readString(latest.resolve("tables/flows.csv"))).contains(
                "occupation,2020-09,2022-12,all,total,33648,33836,188\n", "age,2020-09,2022-12,all,20-29,9567,9601,34\n",
                "occupation,2020-09,2022-12,all,laborer,13347,13399,52\n",
                "occupation,2020-09,2022-12,all,management,551,550,-1\n");
        assertThat(Files.readString(latest.resolve("tables/coverage.csv"))).contains("2022-12,age,33836,33882,46\n");

        assertThat(PublishedRuns.files(latest)).contains("datapackage.json", "charts/age-pyramid.png",
                "charts/age-pyramid.svg",
                "charts/composition-education.svg", "charts/composition-occupation.svg", "charts/composition-age.svg",
                "charts/flows-occupation.svg", "charts/flows-age.svg").doesNotContain("charts/flows-education.svg");
        PublishedRuns.assertPngSizes(latest.resolve("charts"), 1600, 900);
        JsonNode manifest = PublishedRuns.assertManifestMatchesFiles(latest);
        assertThat(manifest.at("/content/inputs/1/warnings/0").asString()).isEqualTo(warning);
        PublishedWorkbook.assertMatchesTables(latest).close();

        assertThat(run()).isEqualTo(Defstats.OK);
        assertThat(console.out()).contains("stocks: current");
    }

    @Test
    void aTotalRowThatIsNotTheSumOfItsCategoriesIsRefusedAndNothingIsPublished() throws IOException {
        Path age = work.resolve("input/mou-age-snapshots.csv");
        Files.writeString(age, Files.readString(age).replace("2020-09,male,total,9396", "2020-09,male,total,9397"));

        assertThat(run()).isEqualTo(Defstats.FAILED);

        assertThat(console.err()).contains("defstats: stocks failed, nothing published", "mou-age-snapshots.csv:9:",
                "[total-row]");
        assertThat(work.resolve("output/stocks/latest")).doesNotExist();
    }

    @Test
    void aSnapshotAboveTheArrivalsByItsMonthIsRefused() throws IOException {
        Path arrivals = work.resolve("input/mou-arrivals-by-year.csv");
        Files.writeString(arrivals, Files.readString(arrivals).replace("2022,35,32,67", "2022,0,0,0"));

        assertThat(run()).isEqualTo(Defstats.FAILED);

        assertThat(console.err()).contains("[exceeds-arrivals]");
    }

    private int run() {
        return console.execute("run", "stocks", "--input",
                        work.resolve("input").toString(), "--output", work.resolve("output").toString(), "--jobs",
                        work.resolve("jobs").toString());
    }

    private static String expected(String table) throws IOException {
        try (InputStream in = StocksJobTest.class.getResourceAsStream("expected/" + table)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
