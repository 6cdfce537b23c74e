package org.defstats.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.defstats.csv.ByteRange;
import org.defstats.csv.ByteRanges;
import org.defstats.csv.CsvInputException;
import org.defstats.csv.Encodings;
import org.defstats.jobs.InputRole;
import org.defstats.publish.Archive;
import org.defstats.publish.InputFile;
import org.defstats.runs.RunParameters;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the archived input of a folded role into parts at line breaks ({@link ByteRanges}), one partition each,
 * for the manager step of a partitioned ingest. It checks the archived file whole once (its SHA-256, and its
 * encoding as {@link Encodings#open} detects it), so that the partitions need not; a file whose encoding is
 * refused, or that is small, is one partition, which reports the problem as an unpartitioned step would. Only the
 * partitions' contexts cross to the workers, so the same partitioner serves remote partitioning.
 */
final class InputPartitioner implements Partitioner, StepExecutionListener {

    static final String INDEX = "defstats.part.index";
    static final String START = "defstats.part.start";
    static final String END = "defstats.part.end";
    static final String FIRST_LINE = "defstats.part.firstLine";
    static final String OVERLAP = "defstats.part.overlap";
    static final String ENCODING = "defstats.part.encoding";
    static final String CHARSET = "defstats.part.charset";
    static final String BOM = "defstats.part.bom";
    /** Below this, a file is read as one part: splitting costs more than it saves. */
    static final long MIN_PART_BYTES = 1L << 20;

    private final InputRole<?> role;
    private RunParameters parameters;

    InputPartitioner(InputRole<?> role) {
        this.role = role;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        parameters = RunParameters.from(stepExecution);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        Optional<InputFile> input = parameters.inputs().stream()
                .filter(i -> i.role().equals(role.name())).findFirst();
        if (input.isEmpty()) {
            partitions.put("part0", new ExecutionContext());
            return partitions;
        }
        Path file = new Archive(parameters.outputDir()).open(input.get().archived(), input.get().sha256());
        Encodings.Decoded decoded;
        try {
            decoded = Encodings.open(file, input.get().name(), input.get().encoding());
            decoded.reader().close();
        }
        catch (CsvInputException e) {
            partitions.put("part0", new ExecutionContext());
            return partitions;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ByteRange> ranges;
        try {
            ranges = ByteRanges.split(file, gridSize, MIN_PART_BYTES);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the archived file " + file + ": " + e.getMessage(), e);
        }
        for (ByteRange range : ranges) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(INDEX, range.index());
            context.putLong(START, range.start());
            context.putLong(END, range.end());
            context.putLong(FIRST_LINE, range.firstLine());
            context.putString(OVERLAP, Boolean.toString(range.overlap()));
            context.putString(ENCODING, decoded.name());
            context.putString(CHARSET, decoded.charset().name());
            context.putString(BOM, Boolean.toString(decoded.bom()));
            partitions.put("part" + range.index(), context);
        }
        return partitions;
    }

    /** The part of the file a partition reads, or empty for a partition of the whole file. */
    static Optional<ByteRange> range(ExecutionContext context) {
        if (!context.containsKey(START)) {
            return Optional.empty();
        }
        return Optional.of(new ByteRange(context.getInt(INDEX), context.getLong(START), context.getLong(END),
                context.getLong(FIRST_LINE), Boolean.parseBoolean(context.getString(OVERLAP))));
    }

    /** How the whole file was decoded, for a partition's reader. */
    static Encodings.Decoded decoded(ExecutionContext context) {
        return new Encodings.Decoded(context.getString(ENCODING), null,
                java.nio.charset.Charset.forName(context.getString(CHARSET)),
                Boolean.parseBoolean(context.getString(BOM)));
    }
}
