package org.defstats.pipeline;

import org.defstats.csv.IngestNotes;
import org.defstats.jobs.JobType;
import org.defstats.jobs.JobTypes;
import org.defstats.publish.PublishedRecords;
import org.defstats.publish.RunPublisher;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Registers a Spring Batch {@link Job} bean for every job type on the class path (so that the job registry, and
 * so {@code restart}, finds it), made by {@link JobAssembly}, and the cleanup that ends every run.
 */
@Configuration(proxyBeanMethods = false)
class JobTypeJobsConfiguration {

    @Bean
    JobAssembly jobAssembly(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IngestNotes ingestNotes, RunPublisher runPublisher, PublishedRecords publishedRecords,
            RunCleanup runCleanup) {
        return new JobAssembly(jobRepository, transactionManager, ingestNotes, runPublisher, publishedRecords,
                runCleanup);
    }

    @Bean
    RunCleanup runCleanup(IngestNotes ingestNotes) {
        return new RunCleanup(ingestNotes);
    }

    @Bean
    static BeanDefinitionRegistryPostProcessor jobTypeJobs() {
        return registry -> {
            for (JobType type : JobTypes.all()) {
                registry.registerBeanDefinition(type.name() + "Job", BeanDefinitionBuilder
                        .genericBeanDefinition(Job.class)
                        .setFactoryMethodOnBean("job", "jobAssembly")
                        .addConstructorArgValue(type)
                        .getBeanDefinition());
            }
        };
    }
}
