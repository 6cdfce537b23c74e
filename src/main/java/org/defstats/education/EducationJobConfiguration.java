package org.defstats.education;

import javax.sql.DataSource;

import org.defstats.arrivals.ArrivalColumns;
import org.defstats.csv.CsvLineReader;
import org.defstats.csv.IngestNotes;
import org.defstats.csv.IngestProcessor;
import org.defstats.csv.IngestWriter;
import org.defstats.csv.IngestSteps;
import org.defstats.publish.RunPublisher;
import org.defstats.runs.RunParameters;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The education job: ingest the levels input and the arrivals it is checked against, then check, compute and publish. */
@Configuration(proxyBeanMethods = false)
class EducationJobConfiguration {

    @Bean
    Job educationJob(JobRepository jobRepository, Step educationLevelsIngestStep, Step educationArrivalsIngestStep,
            Step educationPublishStep) {
        return new JobBuilder(EducationJobType.NAME, jobRepository)
                .start(educationLevelsIngestStep)
                .next(educationArrivalsIngestStep)
                .next(educationPublishStep)
                .build();
    }

    @Bean
    Step educationLevelsIngestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CsvLineReader educationLevelsReader, IngestProcessor<StagedLevelCount> educationLevelsProcessor,
            IngestWriter<StagedLevelCount> educationLevelsWriter) {
        return IngestSteps.ingestStep("educationLevelsIngestStep", jobRepository, transactionManager,
                educationLevelsReader, educationLevelsProcessor, educationLevelsWriter);
    }

    @Bean
    Step educationArrivalsIngestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CsvLineReader educationArrivalsReader, IngestProcessor<StagedLevelCount> educationArrivalsProcessor,
            IngestWriter<StagedLevelCount> educationArrivalsWriter) {
        return IngestSteps.ingestStep("educationArrivalsIngestStep", jobRepository, transactionManager,
                educationArrivalsReader, educationArrivalsProcessor, educationArrivalsWriter);
    }

    @Bean
    Step educationPublishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            EducationStaging educationStaging, IngestNotes ingestNotes, RunPublisher runPublisher) {
        return new StepBuilder("educationPublishStep", jobRepository)
                .tasklet(new EducationPublishTasklet(educationStaging, ingestNotes, runPublisher), transactionManager)
                .build();
    }

    @Bean
    @StepScope
    CsvLineReader educationLevelsReader(@Value("#{stepExecution}") StepExecution stepExecution) {
        return RunParameters.from(stepExecution).reader(EducationJobType.LEVELS, LevelLineRules.COLUMNS);
    }

    @Bean
    @StepScope
    CsvLineReader educationArrivalsReader(@Value("#{stepExecution}") StepExecution stepExecution) {
        return RunParameters.from(stepExecution).reader(EducationJobType.ARRIVALS, ArrivalColumns.ALL);
    }

    @Bean
    @StepScope
    IngestProcessor<StagedLevelCount> educationLevelsProcessor(@Value("#{stepExecution}") StepExecution stepExecution) {
        LevelLineRules rules = new LevelLineRules(stepExecution.getJobExecutionId());
        return new IngestProcessor<>(rules, rules);
    }

    @Bean
    @StepScope
    IngestProcessor<StagedLevelCount> educationArrivalsProcessor(
            @Value("#{stepExecution}") StepExecution stepExecution) {
        ArrivalTotalLineRules rules = new ArrivalTotalLineRules(stepExecution.getJobExecutionId());
        return new IngestProcessor<>(rules, rules);
    }

    @Bean
    @StepScope
    IngestWriter<StagedLevelCount> educationLevelsWriter(@Value("#{stepExecution}") StepExecution stepExecution,
            JdbcBatchItemWriter<StagedLevelCount> educationStagingWriter, IngestNotes ingestNotes) {
        return new IngestWriter<>(stepExecution.getJobExecutionId(), EducationJobType.LEVELS, educationStagingWriter,
                ingestNotes);
    }

    @Bean
    @StepScope
    IngestWriter<StagedLevelCount> educationArrivalsWriter(@Value("#{stepExecution}") StepExecution stepExecution,
            JdbcBatchItemWriter<StagedLevelCount> educationStagingWriter, IngestNotes ingestNotes) {
        return new IngestWriter<>(stepExecution.getJobExecutionId(), EducationJobType.ARRIVALS, educationStagingWriter,
                ingestNotes);
    }

    @Bean
    JdbcBatchItemWriter<StagedLevelCount> educationStagingWriter(DataSource dataSource) {
        return EducationStaging.writer(dataSource);
    }

    @Bean
    EducationStaging educationStaging(JdbcClient jdbcClient) {
        return new EducationStaging(jdbcClient);
    }
}
