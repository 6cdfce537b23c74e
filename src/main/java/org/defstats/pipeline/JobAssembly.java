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
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes the Spring Batch job of a job type: an ingest step per input role, in the order the type declares them,
 * then the publish step. Every job type gets the same steps, named after its roles.
 */
public final class JobAssembly {

    /** The most partitions of a folded input read at once: one per core, up to this. */
    static final int MAX_PARTS = 8;
    static final String PARTITIONS = "defstats.ingest.partitions";

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

    /**
     * How many partitions a folded input is read in: one per core up to {@value #MAX_PARTS}, or the system property
     * {@value #PARTITIONS} (1 to {@value #MAX_PARTS}), with which tests and benchmarks choose it whatever the machine.
     */
    static int partitions() {
        String setting = System.getProperty(PARTITIONS, "");
        if (setting.matches("[1-9][0-9]{0,2}")) {
            return Math.min(MAX_PARTS, Integer.parseInt(setting));
        }
        return Math.max(1, Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors()));
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
        String name = type.name() + camelCase(role.name()) + "IngestStep";
        if (role.folding() == null) {
            RoleIngest<S> ingest = new RoleIngest<>(role, type.settingsType(), notes);
            return IngestSteps.ingestStep(name, jobRepository, transactionManager, ingest, ingest, ingest);
        }
        // a folded input's cells add up whatever the order of its lines, so its parts can be read at once
        PartitionIngest<S> ingest = new PartitionIngest<>(() -> new RoleIngest<>(role, type.settingsType(), notes));
        Step worker = IngestSteps.ingestStep(name + "Part", IngestSteps.FOLDED_CHUNK_SIZE, jobRepository,
                transactionManager, ingest, ingest, ingest);
        InputPartitioner partitioner = new InputPartitioner(role);
        int parts = partitions();
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(name + "-");
        threads.setConcurrencyLimit(parts);
        return new StepBuilder(name, jobRepository)
                .partitioner(name + "Part", partitioner)
                .step(worker)
                .gridSize(parts)
                .taskExecutor(threads)
                .listener(partitioner)
                .allowStartIfComplete(true)
                .build();
    }
}
