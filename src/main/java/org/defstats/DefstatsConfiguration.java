package org.defstats;

import java.util.List;

import javax.sql.DataSource;

import org.defstats.csv.IngestNotes;
import org.defstats.pipeline.RunCleanup;
import org.defstats.publish.PublishedRecords;
import org.defstats.publish.RunPublisher;
import org.defstats.runs.ApplicationVersion;
import org.defstats.runs.JobLocks;
import org.defstats.runs.JobRunner;
import org.defstats.runs.RunHistory;
import org.defstats.schedule.Occurrences;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plumbing that every job shares: notes about input lines, publishing runs and running jobs. */
@Configuration(proxyBeanMethods = false)
class DefstatsConfiguration {

    @Bean
    RunPublisher runPublisher(PublishedRecords publishedRecords) {
        return new RunPublisher(ApplicationVersion.current(), ApplicationVersion.commit(), publishedRecords);
    }

    @Bean
    PublishedRecords publishedRecords(DataSource dataSource) {
        return new PublishedRecords(dataSource);
    }

    @Bean
    JobRunner jobRunner(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs,
            RunPublisher runPublisher, PublishedRecords publishedRecords, JobLocks jobLocks, RunCleanup runCleanup) {
        return new JobRunner(jobOperator, jobRepository, jobs, runPublisher, publishedRecords, jobLocks, runCleanup);
    }

    @Bean
    JobLocks jobLocks(DataSource dataSource) {
        return new JobLocks(dataSource);
    }

    @Bean
    Occurrences occurrences(DataSource dataSource) {
        return new Occurrences(dataSource);
    }

    @Bean
    RunHistory runHistory(JobRepository jobRepository) {
        return new RunHistory(jobRepository);
    }

    @Bean
    IngestNotes ingestNotes(DataSource dataSource) {
        return new IngestNotes(dataSource);
    }
}
