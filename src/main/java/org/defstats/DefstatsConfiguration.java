package org.defstats;

import java.util.List;

import org.defstats.publish.RunPublisher;
import org.defstats.runs.JobRunner;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plumbing that every job shares: publishing runs and running jobs. */
@Configuration(proxyBeanMethods = false)
class DefstatsConfiguration {

    @Bean
    RunPublisher runPublisher(ObjectProvider<BuildProperties> buildProperties) {
        return new RunPublisher(org.defstats.cli.Defstats.version(buildProperties.getIfAvailable()));
    }

    @Bean
    JobRunner jobRunner(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs) {
        return new JobRunner(jobOperator, jobRepository, jobs);
    }
}
