package org.defstats.arrivals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.defstats.jobs.JobTypes;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileReader;
import org.defstats.publish.PublishedRuns;
import org.defstats.runs.RunParameters;
import org.defstats.runs.RunPreparation;
import org.defstats.runs.RunRecords;
import org.defstats.workbook.PublishedWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;

/** Runs the shipped arrivals job on the shipped input and checks everything it publishes. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:arrivals-job;DB_CLOSE_DELAY=-1")
@SpringBatchTest
class ArrivalsJobIntegrationTest {

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    private Job arrivalsJob;

    @TempDir
    Path output;

    @Test
    void publishesTablesChartsAndManifestOfTheSampleInput() throws Exception {
        JobDefinition job = new JobFileReader(JobTypes.all())
                .read(Path.of("jobs/arrivals.yaml"));
        RunParameters parameters = RunPreparation.prepare(job, Path.of("input"), output);
        jobOperatorTestUtils.setJob(arrivalsJob);

        JobExecution execution = jobOperatorTestUtils.startJob(parameters.toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String runId = execution.getExecutionContext().getString(RunRecords.RUN_ID_KEY);
        assertThat(runId).matches("\\d{8}T\\d{6}Z-" + execution.getId());
        Path run = output.resolve("arrivals/runs").resolve(runId);
        Path latest = output.resolve("arrivals/latest");

        assertThat(run.resolve("tables/yearly.csv")).hasContent(expected("yearly.csv"));
        assertThat(run.resolve("tables/partial-periods.csv")).hasContent(expected("partial-periods.csv"));
        assertThat(run.resolve("tables/milestones.csv")).hasContent(expected("milestones.csv"));
        assertThat(PublishedRuns.files(run)).containsExactly("charts/arrivals.png", "charts/arrivals.svg",
                "charts/ko/arrivals.png", "charts/ko/arrivals.svg", "datapackage.json", "manifest.json", "report.html", "report.ko.html",
                "tables.xlsx", "tables/milestones.csv", "tables/partial-periods.csv",
                "tables/yearly.csv");
        PublishedRuns.assertPngSizes(run.resolve("charts"), 1600, 900);
        assertThat(Files.readString(run.resolve("charts/arrivals.svg"))).startsWith("<?xml")
                .contains("North Korean defectors arriving in South Korea");
        PublishedRuns.assertSameFiles(run, latest);

        JsonNode manifest = PublishedRuns.assertManifestMatchesFiles(run);
        assertThat(manifest.at("/content/job").asString()).isEqualTo("arrivals");
        assertThat(manifest.at("/run/runId").asString()).isEqualTo(runId);
        assertThat(manifest.at("/run/jobExecutionId").asLong()).isEqualTo(execution.getId());
        assertThat(manifest.at("/run/jobInstanceId").asLong()).isEqualTo(execution.getJobInstanceId());
        assertThat(manifest.at("/content/parameters/fingerprint").asString()).isEqualTo(parameters.fingerprint());
        assertThat(manifest.at("/content/parameters/settings/milestones").toString()).isEqualTo("[10000,20000,30000]");
        assertThat(manifest.at("/content/application/version").asString()).isNotBlank();
        JsonNode yearly = manifest.at("/content/inputs").get(0);
        assertThat(yearly.get("name").asString()).isEqualTo("mou-arrivals-by-year.csv");
        assertThat(yearly.get("rows").asLong()).isEqualTo(26);
        assertThat(yearly.get("bytes").asLong()).isEqualTo(Files.size(Path.of("input/mou-arrivals-by-year.csv")));
        assertThat(yearly.get("sha256").asString())
                .isEqualTo(org.defstats.io.Sha256.of(Path.of("input/mou-arrivals-by-year.csv")));
        assertThat(manifest.at("/content/inputs").get(1).get("rows").asLong()).isEqualTo(24);

        assertDataPackage(run, job);

        try (XSSFWorkbook workbook = PublishedWorkbook.assertMatchesTables(run)) {
            Row y2016 = workbook.getSheet("yearly").getRow(17);
            assertThat(y2016.getCell(0).getStringCellValue()).isEqualTo("2016");
            assertThat(y2016.getCell(3).getNumericCellValue()).as("2016 total").isEqualTo(1418);
            assertThat(PublishedWorkbook.shown(y2016.getCell(3))).isEqualTo("1,418");
            assertThat(PublishedWorkbook.shown(y2016.getCell(4))).as("2016 female share").isEqualTo("78.7");
            assertThat(PublishedWorkbook.texts(workbook.getSheet("about"))).contains(
                    List.of("job", "arrivals"), List.of("description", job.description()),
                    List.of("source", "Source: Ministry of Unification, Republic of Korea"),
                    List.of("fingerprint", parameters.fingerprint()),
                    List.of("yearly", "mou-arrivals-by-year.csv", yearly.get("sha256").asString()),
                    List.of("yearly", "yearly.csv", "total", "persons"));
        }
    }

    /** The data dictionary of the shipped job: every table with its columns' types, titles, units and keys. */
    private static void assertDataPackage(Path run, JobDefinition job) throws IOException {
        JsonNode dataPackage = org.defstats.io.Json.MAPPER.readTree(run.resolve("datapackage.json").toFile());
        assertThat(dataPackage.get("profile").asString()).isEqualTo("tabular-data-package");
        assertThat(dataPackage.get("name").asString()).isEqualTo("arrivals");
        assertThat(dataPackage.get("title").asString())
                .isEqualTo("North Korean defectors arriving in South Korea, per year and by sex");
        assertThat(dataPackage.get("titles").toString()).isEqualTo("{\"en\":\"North Korean defectors arriving in "
                + "South Korea, per year and by sex\",\"ko\":\"북한이탈주민 입국인원 현황(연도별, 성별)\"}");
        assertThat(dataPackage.get("description").asString()).isEqualTo(job.description());
        assertThat(dataPackage.get("languages").toString()).isEqualTo("[\"en\",\"ko\"]");
        assertThat(dataPackage.get("sources").toString())
                .isEqualTo("[{\"title\":\"Source: Ministry of Unification, Republic of Korea\"}]");
        JsonNode resources = dataPackage.get("resources");
        assertThat(resources.valueStream().map(r -> r.get("path").asString()).toList())
                .containsExactly("tables/yearly.csv", "tables/partial-periods.csv", "tables/milestones.csv");
        for (JsonNode resource : resources) {
            Path csv = run.resolve(resource.get("path").asString());
            assertThat(resource.get("profile").asString()).isEqualTo("tabular-data-resource");
            assertThat(resource.get("format").asString()).isEqualTo("csv");
            assertThat(resource.get("mediatype").asString()).isEqualTo("text/csv");
            assertThat(resource.get("encoding").asString()).isEqualTo("utf-8");
            assertThat(resource.get("bytes").asLong()).isEqualTo(Files.size(csv));
            assertThat(resource.get("hash").asString()).isEqualTo("sha256:" + org.defstats.io.Sha256.of(csv));
            assertThat(resource.at("/schema/fields").valueStream().map(f -> f.get("name").asString()).toList())
                    .as("the fields of " + csv.getFileName()).isEqualTo(List.of(Files.readAllLines(csv).get(0)
                            .split(",")));
        }
        JsonNode yearly = resources.get(0);
        assertThat(yearly.get("name").asString()).isEqualTo("yearly");
        assertThat(yearly.get("title").asString()).isEqualTo("Arrivals per year and by sex");
        assertThat(yearly.at("/schema/primaryKey").toString()).isEqualTo("[\"period\"]");
        assertThat(yearly.at("/schema/missingValues").toString()).isEqualTo("[\"\"]");
        assertThat(yearly.at("/schema/fields").valueStream().map(f -> f.get("name").asString() + ":"
                + f.get("type").asString() + ":" + f.get("unit").asString() + ":" + f.get("title").asString()).toList())
                .containsExactly("period:string:period:Period", "male:integer:persons:Men",
                        "female:integer:persons:Women", "total:integer:persons:Total",
                        "female_share_pct:number:percent:Share of women (%)",
                        "change_persons:integer:persons:Change from the previous year (persons)",
                        "change_pct:number:percent:Change from the previous year (%)",
                        "cumulative_total:integer:persons:Cumulative total");
        assertThat(yearly.at("/schema/fields/3/titles").toString()).isEqualTo("{\"en\":\"Total\",\"ko\":\"합계\"}");
        assertThat(yearly.at("/schema/fields/3/description").asString())
                .isEqualTo("Everyone who arrived in the period");
        assertThat(resources.get(1).at("/schema/primaryKey").toString()).isEqualTo("[\"period\"]");
        JsonNode milestones = resources.get(2);
        assertThat(milestones.at("/schema/primaryKey").toString()).isEqualTo("[\"threshold\"]");
        assertThat(milestones.at("/schema/fields/2/type").asString()).as("month").isEqualTo("yearmonth");
    }

    private static String expected(String table) throws IOException {
        try (InputStream in = ArrivalsJobIntegrationTest.class.getResourceAsStream("expected/" + table)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
