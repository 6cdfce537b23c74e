package org.defstats.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.defstats.jobs.JobTypes;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileReader;
import org.defstats.publish.PublishedRuns;
import org.defstats.workbook.PublishedWorkbook;
import org.defstats.runs.RunParameters;
import org.defstats.runs.RunPreparation;
import org.defstats.runs.RunRecords;
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

/** Runs the shipped education job on the shipped input and checks everything it publishes. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:education-job;DB_CLOSE_DELAY=-1")
@SpringBatchTest
class EducationJobIntegrationTest {

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    private Job educationJob;

    @TempDir
    Path output;

    @Test
    void publishesTablesChartsAndManifestOfTheSampleInput() throws Exception {
        JobDefinition job = new JobFileReader(JobTypes.all())
                .read(Path.of("jobs/education.yaml"));
        RunParameters parameters = RunPreparation.prepare(job, Path.of("input"), output);
        jobOperatorTestUtils.setJob(educationJob);

        JobExecution execution = jobOperatorTestUtils.startJob(parameters.toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path run = output.resolve("education/runs")
                .resolve(execution.getExecutionContext().getString(RunRecords.RUN_ID_KEY));
        assertThat(run.resolve("tables/levels.csv")).hasContent(expected("levels.csv"));
        assertThat(run.resolve("tables/university-or-higher.csv")).hasContent(expected("university-or-higher.csv"));
        assertThat(PublishedRuns.files(run)).containsExactly("charts/ko/levels.png", "charts/ko/levels.svg",
                "charts/ko/university-or-higher.png", "charts/ko/university-or-higher.svg", "charts/levels.png",
                "charts/levels.svg", "charts/university-or-higher.png", "charts/university-or-higher.svg",
                "datapackage.json", "manifest.json", "report.html", "report.ko.html", "tables.xlsx", "tables/levels.csv", "tables/university-or-higher.csv");
        PublishedRuns.assertPngSizes(run.resolve("charts"), 1600, 900);
        PublishedRuns.assertSameFiles(run, output.resolve("education/latest"));

        JsonNode manifest = PublishedRuns.assertManifestMatchesFiles(run);
        assertThat(manifest.at("/content/job").asString()).isEqualTo("education");
        assertThat(manifest.at("/content/inputs").get(0).get("rows").asLong()).isEqualTo(32);
        assertThat(manifest.at("/content/parameters/settings/groups/0/name").asString()).isEqualTo("university-or-higher");
        PublishedWorkbook.assertMatchesTables(run).close();
    }

    private static String expected(String table) throws IOException {
        try (InputStream in = EducationJobIntegrationTest.class.getResourceAsStream("expected/" + table)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
