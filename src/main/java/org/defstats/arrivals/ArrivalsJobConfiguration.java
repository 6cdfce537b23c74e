package org.defstats.arrivals;

import javax.sql.DataSource;

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
            CsvLineReader arrivalsYearlyReader, IngestProcessor<StagedArrival> arrivalsYearlyProcessor,
            IngestWriter<StagedArrival> arrivalsYearlyWriter) {
        return IngestSteps.ingestStep("arrivalsYearlyIngestStep", jobRepository, transactionManager,
                arrivalsYearlyReader, arrivalsYearlyProcessor, arrivalsYearlyWriter);
    }

    @Bean
    Step arrivalsPartialPeriodsIngestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CsvLineReader arrivalsPartialPeriodsReader, IngestProcessor<StagedArrival> arrivalsPartialPeriodsProcessor,
            IngestWriter<StagedArrival> arrivalsPartialPeriodsWriter) {
        return IngestSteps.ingestStep("arrivalsPartialPeriodsIngestStep", jobRepository, transactionManager,
                arrivalsPartialPeriodsReader, arrivalsPartialPeriodsProcessor, arrivalsPartialPeriodsWriter);
    }

    @Bean
    Step arrivalsPublishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ArrivalsStaging arrivalsStaging, IngestNotes ingestNotes, RunPublisher runPublisher) {
        return new StepBuilder("arrivalsPublishStep", jobRepository)
                .tasklet(new ArrivalsPublishTasklet(arrivalsStaging, ingestNotes, runPublisher), transactionManager)
                .build();
    }

    @Bean
    @StepScope
    CsvLineReader arrivalsYearlyReader(@Value("#{stepExecution}") StepExecution stepExecution) {
        return RunParameters.from(stepExecution).reader(ArrivalsJobType.YEARLY, ArrivalLineRules.COLUMNS);
    }

    @Bean
    @StepScope
    CsvLineReader arrivalsPartialPeriodsReader(@Value("#{stepExecution}") StepExecution stepExecution) {
        return RunParameters.from(stepExecution).reader(ArrivalsJobType.PARTIAL_PERIODS, ArrivalLineRules.COLUMNS);
    }

    @Bean
    @StepScope
    IngestProcessor<StagedArrival> arrivalsYearlyProcessor(@Value("#{stepExecution}") StepExecution stepExecution) {
        return processor(stepExecution, ArrivalsJobType.YEARLY);
    }

    @Bean
    @StepScope
    IngestProcessor<StagedArrival> arrivalsPartialPeriodsProcessor(
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return processor(stepExecution, ArrivalsJobType.PARTIAL_PERIODS);
    }

    @Bean
    @StepScope
    IngestWriter<StagedArrival> arrivalsYearlyWriter(@Value("#{stepExecution}") StepExecution stepExecution,
            JdbcBatchItemWriter<StagedArrival> arrivalsStagingWriter, IngestNotes ingestNotes) {
        return new IngestWriter<>(stepExecution.getJobExecutionId(), ArrivalsJobType.YEARLY, arrivalsStagingWriter,
                ingestNotes);
    }

    @Bean
    @StepScope
    IngestWriter<StagedArrival> arrivalsPartialPeriodsWriter(@Value("#{stepExecution}") StepExecution stepExecution,
            JdbcBatchItemWriter<StagedArrival> arrivalsStagingWriter, IngestNotes ingestNotes) {
        return new IngestWriter<>(stepExecution.getJobExecutionId(), ArrivalsJobType.PARTIAL_PERIODS,
                arrivalsStagingWriter, ingestNotes);
    }

    @Bean
    JdbcBatchItemWriter<StagedArrival> arrivalsStagingWriter(DataSource dataSource) {
        return ArrivalsStaging.writer(dataSource);
    }

    @Bean
    ArrivalsStaging arrivalsStaging(JdbcClient jdbcClient) {
        return new ArrivalsStaging(jdbcClient);
    }

    private static IngestProcessor<StagedArrival> processor(StepExecution stepExecution, String role) {
        ArrivalLineRules rules = new ArrivalLineRules(stepExecution.getJobExecutionId(), role);
        return new IngestProcessor<>(rules, rules);
    }
}
