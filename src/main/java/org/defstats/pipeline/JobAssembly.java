package org.defstats.pipeline;


import org.defstats.csv.IngestNotes;
import org.defstats.csv.IngestSteps;
import org.defstats.jobs.InputRole;
import org.defstats.jobs.JobType;
import org.defstats.publish.PublishedRecords;
import org.defstats.publish.RunPublisher;
import org.defstats.runs.RunRecords;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes the Spring Batch job of a job type: an ingest step per input role, in the order the type declares them,
 * then the publish step. Every job type gets the same steps, named after its roles.
 */
public final class JobAssembly {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final IngestNotes notes;
    private final RunPublisher publisher;
    private final PublishedRecords records;
    private final RunCleanup cleanup;

    public JobAssembly(JobRepository jobRepository, PlatformTransactionManager transactionManager, IngestNotes notes,
            RunPublisher publisher, PublishedRecords records, RunCleanup cleanup) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.notes = notes;
        this.publisher = publisher;
        this.records = records;
        this.cleanup = cleanup;
    }

    public Job job(JobType type) {
        SimpleJobBuilder steps = null;
        for (InputRole<?> role : type.inputs()) {
            Step step = ingestStep(type, role);
            steps = steps == null ? new JobBuilder(type.name(), jobRepository).start(step) : steps.next(step);
        }
        Step publish = new StepBuilder(type.name() + RunRecords.PUBLISH_STEP, jobRepository)
                .tasklet(new PublishTasklet(type, notes, publisher, records), transactionManager)
                .build();
        return (steps == null ? new JobBuilder(type.name(), jobRepository).start(publish) : steps.next(publish))
                .listener(cleanup)
                .build();
    }

    /** {@code partial-periods} as {@code PartialPeriods}, for step names such as arrivalsPartialPeriodsIngestStep. */
    private static String camelCase(String role) {
        StringBuilder name = new StringBuilder();
        for (String part : role.split("-")) {
            name.append(part.isEmpty() ? "" : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    private <S extends Record> Step ingestStep(JobType type, InputRole<S> role) {
        RoleIngest<S> ingest = new RoleIngest<>(role, type.settingsType(), notes);
        return IngestSteps.ingestStep(type.name() + camelCase(role.name()) + "IngestStep", jobRepository,
                transactionManager, ingest, ingest, ingest);
    }
}
