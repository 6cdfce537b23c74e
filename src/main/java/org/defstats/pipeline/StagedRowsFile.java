package org.defstats.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.defstats.csv.Ingested;

/**
 * The rows an ingest step staged, in a file of the run's stage folder: the job type's row records written by a
 * {@link RecordCodec}, each behind a marker saying whether it is a total row, with an end marker so that a file
 * cut short by a killed process is never read as complete.
 */
final class StagedRowsFile {

    private static final byte ROW = 1;
    private static final byte TOTAL_ROW = 2;
    private static final byte END = 0;

    private StagedRowsFile() {
    }

    /** Writes the rows of one input, chunk by chunk. */
    static final class Writer<S extends Record> implements Closeable {

        private final DataOutputStream out;
        private final RecordCodec<S> codec;

        Writer(Path file, Class<S> rowType) throws IOException {
            codec = new RecordCodec<>(rowType);
            Files.createDirectories(file.getParent());
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        void write(List<Ingested.Accepted<S>> rows) throws IOException {
            for (Ingested.Accepted<S> row : rows) {
                out.writeByte(row.totalRow() ? TOTAL_ROW : ROW);
                codec.write(out, row.row());
            }
        }

        void finish() throws IOException {
            out.writeByte(END);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** The data rows and total rows read back. */
    record Rows<S>(List<S> rows, List<S> totalRows) {
    }

    static <S extends Record> Rows<S> read(Path file, Class<S> rowType) throws IOException {
        RecordCodec<S> codec = new RecordCodec<>(rowType);
        List<S> rows = new ArrayList<>();
        List<S> totals = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                byte marker = in.readByte();
                if (marker == END) {
                    if (in.read() >= 0) {
                        throw new IOException(file + " goes on after its end; it is not a file of staged rows");
                    }
                    return new Rows<>(rows, totals);
                }
                if (marker != ROW && marker != TOTAL_ROW) {
                    throw new IOException(file + " is not a file of staged rows");
                }
                (marker == ROW ? rows : totals).add(codec.read(in));
            }
        }
        catch (EOFException e) {
            throw new IOException(file + " ends before its last row; the step that staged it did not finish", e);
        }
    }
}
