package org.defstats.education;

import javax.sql.DataSource;

import org.defstats.csv.CsvLineReader;
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

/** The education job: ingest the levels input, then compute and publish. */
@Configuration(proxyBeanMethods = false)
class EducationJobConfiguration {

    @Bean
    Job educationJob(JobRepository jobRepository, Step educationIngestStep, Step educationPublishStep) {
        return new JobBuilder(EducationJobType.NAME, jobRepository)
                .start(educationIngestStep)
                .next(educationPublishStep)
                .build();
    }

    @Bean
    Step educationIngestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CsvLineReader educationLevelsReader, LevelLineProcessor educationLevelsProcessor,
            JdbcBatchItemWriter<StagedLevelCount> educationStagingWriter) {
        return IngestSteps.ingestStep("educationIngestStep", jobRepository, transactionManager, educationLevelsReader,
                educationLevelsProcessor, educationStagingWriter);
    }

    @Bean
    Step educationPublishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            EducationStaging educationStaging, RunPublisher runPublisher) {
        return new StepBuilder("educationPublishStep", jobRepository)
                .tasklet(new EducationPublishTasklet(educationStaging, runPublisher), transactionManager)
                .build();
    }

    @Bean
    @StepScope
    CsvLineReader educationLevelsReader(@Value("#{stepExecution}") StepExecution stepExecution) {
        RunParameters parameters = RunParameters.from(stepExecution);
        return new CsvLineReader(EducationJobType.LEVELS, parameters.inputPath(EducationJobType.LEVELS),
                parameters.input(EducationJobType.LEVELS).name(), LevelLineProcessor.COLUMNS);
    }

    @Bean
    @StepScope
    LevelLineProcessor educationLevelsProcessor(@Value("#{stepExecution}") StepExecution stepExecution) {
        return new LevelLineProcessor(stepExecution.getJobExecutionId());
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
