package org.defstats.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.defstats.csv.CsvLine;
import org.defstats.csv.CsvLineReader;
import org.defstats.csv.IngestNotes;
import org.defstats.csv.IngestProcessor;
import org.defstats.csv.IngestWriter;
import org.defstats.csv.Ingested;
import org.defstats.jobs.Folding;
import org.defstats.jobs.InputRole;
import org.defstats.jobs.RowFold;
import org.defstats.publish.Archive;
import org.defstats.runs.RunParameters;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The reader, processor and writer of the ingest step of one input role, made for each step execution from its
 * job parameters (as step-scoped beans would be): it reads the archived input, applies the job type's rules of
 * one line and stages the accepted rows in the run's stage folder, or, for an input its job type folds while
 * reading ({@link Folding}), adds them to the fold and stages its cells once the input is read. One process runs
 * one step at a time.
 */
final class RoleIngest<S extends Record> implements ItemStreamReader<CsvLine>,
        ItemProcessor<CsvLine, Ingested<S>>, ItemWriter<Ingested<S>>, StepExecutionListener {

    private static final org.apache.commons.logging.Log LOG =
            org.apache.commons.logging.LogFactory.getLog(RoleIngest.class);
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final InputRole<S> role;
    private final Class<? extends Record> settingsType;
    private final IngestNotes notes;
    private RowFold<S, ?> fold;
    private StageFolder stage;
    private CsvLineReader reader;
    private IngestProcessor<S> processor;
    private IngestWriter<S> writer;
    private StagedRowsFile.Writer<S> staged;
    private long cpuAtStart;
    private java.util.Optional<org.defstats.csv.ByteRange> range = java.util.Optional.empty();
    private boolean prime;

    RoleIngest(InputRole<S> role, Class<? extends Record> settingsType, IngestNotes notes) {
        this.role = role;
        this.settingsType = settingsType;
        this.notes = notes;
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuAtStart) / 1e9;
        LOG.info(String.format(java.util.Locale.ROOT, "ingest of %s: %d lines in %.3f s of CPU, %.0f lines per "
                + "CPU second", role.name(), stepExecution.getReadCount(), cpu,
                cpu > 0 ? stepExecution.getReadCount() / cpu : 0.0));
        return stepExecution.getExitStatus();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        cpuAtStart = THREADS.getCurrentThreadCpuTime();
        // nothing of an earlier execution may be used, even if this one fails before it has its own
        reader = null;
        processor = null;
        writer = null;
        staged = null;
        fold = null;
        stage = null;
        RunParameters parameters = RunParameters.from(stepExecution);
        range = InputPartitioner.range(stepExecution.getExecutionContext());
        prime = range.map(org.defstats.csv.ByteRange::overlap).orElse(false);
        long execution = stepExecution.getJobExecutionId();
        StageFolder stage = StageFolder.of(parameters.outputDir(), parameters.job(), execution);
        stage.deleteOthers(parameters.job());
        reader = range.isPresent() ? partReader(parameters, stepExecution.getExecutionContext()) : reader(parameters);
        processor = new IngestProcessor<>(role.rules().get());
        if (role.folding() != null && parameters.inputs().stream().anyMatch(i -> i.role().equals(role.name()))) {
            fold = role.folding().start().apply(parameters.settings(settingsType));
            this.stage = stage;
        }
        RowFold<S, ?> folding = fold;
        String notedAs = range.map(r -> IngestNotes.partRole(role.name(), r.index())).orElse(role.name());
        writer = new IngestWriter<>(execution, notedAs, folding == null ? rows -> stagedWriter(stage).write(rows)
                : rows -> rows.stream().filter(r -> !r.totalRow()).forEach(r -> folding.add(r.row())), notes);
    }

    /** Stages the cells of the fold, when the input has been read. */
    private <C extends Record> void stageCells(RowFold<S, C> folded) throws IOException {
        Class<C> cellType = cellType(folded);
        String name = range.map(r -> StageFolder.part(role.name(), r.index())).orElse(role.name());
        try (StagedRowsFile.Writer<C> cells = new StagedRowsFile.Writer<>(stage.file(name), cellType)) {
            cells.write(folded.cells().stream().map(c -> new Ingested.Accepted<>(0, c, false)).toList());
            cells.finish();
        }
    }

    /** A reader of the archived copy of the role's input, or of nothing when the job file leaves it out. */
    private CsvLineReader reader(RunParameters parameters) {
        return parameters.inputs().stream().filter(i -> i.role().equals(role.name())).findFirst()
                .map(i -> new CsvLineReader(role.name(), new Archive(parameters.outputDir()).open(i.archived(),
                        i.sha256()), i.name(), i.encoding(), role.columns()))
                .orElseGet(() -> new CsvLineReader(role.name(), null, role.name(), "auto", role.columns()));
    }

    /** A reader of the part of the archived input that this partition reads, numbering lines as in the whole file. */
    private CsvLineReader partReader(RunParameters parameters, ExecutionContext context) {
        org.defstats.publish.InputFile input = parameters.inputs().stream().filter(i -> i.role().equals(role.name()))
                .findFirst().orElseThrow(() -> new IllegalStateException("a partition of an input that is not given"));
        return new CsvLineReader(role.name(), new Archive(parameters.outputDir()).locate(input.archived()),
                input.name(), role.columns(), range.orElseThrow(), InputPartitioner.decoded(context));
    }

    private StagedRowsFile.Writer<S> stagedWriter(StageFolder stage) throws IOException {
        if (staged == null) {
            staged = new StagedRowsFile.Writer<>(stage.file(role.name()), role.rowType());
        }
        return staged;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        reader.open(executionContext);
    }

    @Override
    public CsvLine read() throws Exception {
        if (prime) {
            // the last line of the part before, for rules that compare a line with the one before it only
            prime = false;
            CsvLine before = reader.read();
            if (before != null) {
                processor.process(before);
            }
        }
        return reader.read();
    }

    @Override
    public void update(ExecutionContext executionContext) {
        reader.update(executionContext);
    }

    @Override
    public Ingested<S> process(CsvLine line) {
        return processor.process(line);
    }

    @Override
    public void write(Chunk<? extends Ingested<S>> chunk) throws Exception {
        writer.write(chunk);
    }

    @Override
    public void close() {
        // a step whose set-up failed (an archived input refused, say) is closed too; its failure is what counts
        if (reader != null) {
            reader.close();
        }
        try {
            if (staged != null) {
                staged.finish();
                staged.close();
            }
            if (fold != null) {
                stageCells(fold);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot stage the rows of " + role.name() + ": " + e.getMessage(), e);
        }
        finally {
            staged = null;
            fold = null;
        }
    }

    @SuppressWarnings("unchecked")
    private <C extends Record> Class<C> cellType(RowFold<S, C> folded) {
        return (Class<C>) role.folding().cellType();
    }
}
