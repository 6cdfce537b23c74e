package org.defstats.csv;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the chunk-oriented steps that stream one input CSV, check each line and stage it. They run again
 * on a restart, from the first line, because staged rows belong to one job execution.
 */
public final class IngestSteps {

    private static final int CHUNK_SIZE = 500;
    /**
     * The chunk of an input folded while it is read: its writer only adds to counts in memory. Larger chunks
     * keep more lines alive through each young collection, which copies them: 20,000 lines a chunk made a
     * 10-million-person register peak at 548 MB and run 3 s longer than 1,000 (335 MB), bench/register.sh.
     */
    public static final int FOLDED_CHUNK_SIZE = 1_000;

    private IngestSteps() {
    }

    public static <T> Step ingestStep(String name, JobRepository jobRepository,
            PlatformTransactionManager transactionManager, ItemReader<CsvLine> reader, ItemProcessor<CsvLine, T> processor,
            ItemWriter<T> writer) {
        return ingestStep(name, CHUNK_SIZE, jobRepository, transactionManager, reader, processor, writer);
    }

    public static <T> Step ingestStep(String name, int chunkSize, JobRepository jobRepository,
            PlatformTransactionManager transactionManager, ItemReader<CsvLine> reader, ItemProcessor<CsvLine, T> processor,
            ItemWriter<T> writer) {
        return new StepBuilder(name, jobRepository)
                .<CsvLine, T>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .allowStartIfComplete(true)
                .build();
    }
}
