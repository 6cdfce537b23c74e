package org.defstats.pipeline;

import java.util.function.Supplier;

import org.defstats.csv.CsvLine;
import org.defstats.csv.Ingested;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The reader, processor and writer of the worker step of a partitioned ingest: the partitions run at once, each
 * on its own thread of the task executor and from its {@code beforeStep} to its {@code afterStep} on that thread,
 * so each gets its own {@link RoleIngest} (reader, rules and fold), as a step-scoped bean would.
 */
final class PartitionIngest<S extends Record> implements ItemStreamReader<CsvLine>,
        ItemProcessor<CsvLine, Ingested<S>>, ItemWriter<Ingested<S>>, StepExecutionListener {

    private final Supplier<RoleIngest<S>> ingests;
    private final ThreadLocal<RoleIngest<S>> current = new ThreadLocal<>();

    PartitionIngest(Supplier<RoleIngest<S>> ingests) {
        this.ingests = ingests;
    }

    private RoleIngest<S> ingest() {
        RoleIngest<S> ingest = current.get();
        if (ingest == null) {
            throw new IllegalStateException("a partition's ingest was used outside its step");
        }
        return ingest;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        RoleIngest<S> ingest = ingests.get();
        current.set(ingest);
        ingest.beforeStep(stepExecution);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        return ingest().afterStep(stepExecution);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        ingest().open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        ingest().update(executionContext);
    }

    /** Spring Batch closes a step's streams after its {@code afterStep}: the last call of a partition. */
    @Override
    public void close() {
        try {
            ingest().close();
        }
        finally {
            current.remove();
        }
    }

    @Override
    public CsvLine read() throws Exception {
        return ingest().read();
    }

    @Override
    public Ingested<S> process(CsvLine line) {
        return ingest().process(line);
    }

    @Override
    public void write(Chunk<? extends Ingested<S>> chunk) throws Exception {
        ingest().write(chunk);
    }
}
