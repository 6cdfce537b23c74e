package org.defstats.arrivals;

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

/**
 * The arrivals job: ingest the yearly input, ingest the partial-periods input, then compute and publish.
 */
@Configuration(proxyBeanMethods = false)
class ArrivalsJobConfiguration {

    @Bean
    Job arrivalsJob(JobRepository jobRepository, Step arrivalsYearlyIngestStep, Step arrivalsPartialPeriodsIngestStep,
            Step arrivalsPublishStep) {
        return new JobBuilder(ArrivalsJobType.NAME, jobRepository)
                .start(arrivalsYearlyIngestStep)
                .next(arrivalsPartialPeriodsIngestStep)
                .next(arrivalsPublishStep)
                .build();
    }

    @Bean
    Step arrivalsYearlyIngestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CsvLineReader arrivalsYearlyReader, ArrivalLineProcessor arrivalsYearlyProcessor,
            JdbcBatchItemWriter<StagedArrival> arrivalsStagingWriter) {
        return IngestSteps.ingestStep("arrivalsYearlyIngestStep", jobRepository, transactionManager, arrivalsYearlyReader,
                arrivalsYearlyProcessor, arrivalsStagingWriter);
    }

    @Bean
    Step arrivalsPartialPeriodsIngestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CsvLineReader arrivalsPartialPeriodsReader, ArrivalLineProcessor arrivalsPartialPeriodsProcessor,
            JdbcBatchItemWriter<StagedArrival> arrivalsStagingWriter) {
        return IngestSteps.ingestStep("arrivalsPartialPeriodsIngestStep", jobRepository, transactionManager, arrivalsPartialPeriodsReader,
                arrivalsPartialPeriodsProcessor, arrivalsStagingWriter);
    }

    @Bean
    Step arrivalsPublishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ArrivalsStaging arrivalsStaging, RunPublisher runPublisher) {
        return new StepBuilder("arrivalsPublishStep", jobRepository)
                .tasklet(new ArrivalsPublishTasklet(arrivalsStaging, runPublisher), transactionManager)
                .build();
    }

    @Bean
    @StepScope
    CsvLineReader arrivalsYearlyReader(@Value("#{stepExecution}") StepExecution stepExecution) {
        return reader(stepExecution, ArrivalsJobType.YEARLY);
    }

    @Bean
    @StepScope
    CsvLineReader arrivalsPartialPeriodsReader(@Value("#{stepExecution}") StepExecution stepExecution) {
        return reader(stepExecution, ArrivalsJobType.PARTIAL_PERIODS);
    }

    @Bean
    @StepScope
    ArrivalLineProcessor arrivalsYearlyProcessor(@Value("#{stepExecution}") StepExecution stepExecution) {
        return new ArrivalLineProcessor(stepExecution.getJobExecutionId(), ArrivalsJobType.YEARLY);
    }

    @Bean
    @StepScope
    ArrivalLineProcessor arrivalsPartialPeriodsProcessor(@Value("#{stepExecution}") StepExecution stepExecution) {
        return new ArrivalLineProcessor(stepExecution.getJobExecutionId(), ArrivalsJobType.PARTIAL_PERIODS);
    }

    @Bean
    JdbcBatchItemWriter<StagedArrival> arrivalsStagingWriter(DataSource dataSource) {
        return ArrivalsStaging.writer(dataSource);
    }

    @Bean
    ArrivalsStaging arrivalsStaging(JdbcClient jdbcClient) {
        return new ArrivalsStaging(jdbcClient);
    }

    private static CsvLineReader reader(StepExecution stepExecution, String role) {
        RunParameters parameters = RunParameters.from(stepExecution);
        boolean given = parameters.inputs().stream().anyMatch(i -> i.role().equals(role));
        return new CsvLineReader(role, given ? parameters.inputPath(role) : null,
                given ? parameters.input(role).name() : role, ArrivalLineProcessor.COLUMNS);
    }
}
