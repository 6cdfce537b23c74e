package org.defstats.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.defstats.csv.Ingested;

/**
 * The rows an ingest step staged, in a file of the run's stage folder: Java serialization of the job type's row
 * records, each behind a marker saying whether it is a total row, with an end marker so that a file cut short by
 * a killed process is never read as complete. Reading accepts only the row class and the JDK's value classes.
 */
final class StagedRowsFile {

    private static final byte ROW = 1;
    private static final byte TOTAL_ROW = 2;
    private static final byte END = 0;

    private StagedRowsFile() {
    }

    /** Writes the rows of one input, chunk by chunk. */
    static final class Writer<S> implements Closeable {

        private final ObjectOutputStream out;

        Writer(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        void write(List<Ingested.Accepted<S>> rows) throws IOException {
            for (Ingested.Accepted<S> row : rows) {
                out.writeByte(row.totalRow() ? TOTAL_ROW : ROW);
                out.writeObject(row.row());
            }
            // drops the stream's table of written objects, so that memory does not grow with the rows
            out.reset();
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

    static <S extends Serializable> Rows<S> read(Path file, Class<S> rowType) throws IOException {
        List<S> rows = new ArrayList<>();
        List<S> totals = new ArrayList<>();
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file),
                1 << 16))) {
            in.setObjectInputFilter(filter(rowType));
            while (true) {
                byte marker = in.readByte();
                if (marker == END) {
                    return new Rows<>(rows, totals);
                }
                Object row = in.readObject();
                if (marker != ROW && marker != TOTAL_ROW || !rowType.isInstance(row)) {
                    throw new IOException(file + " is not a file of staged rows");
                }
                (marker == ROW ? rows : totals).add(rowType.cast(row));
            }
        }
        catch (EOFException e) {
            throw new IOException(file + " ends before its last row; the step that staged it did not finish", e);
        }
        catch (ClassNotFoundException e) {
            throw new IOException(file + " holds a row of an unknown class: " + e.getMessage(), e);
        }
    }

    private static ObjectInputFilter filter(Class<?> rowType) {
        return info -> {
            Class<?> type = info.serialClass();
            if (info.depth() > 8) {
                return ObjectInputFilter.Status.REJECTED;
            }
            if (type == null || type.isPrimitive() || type == rowType) {
                return ObjectInputFilter.Status.UNDECIDED;
            }
            String name = type.getName();
            boolean allowed = name.startsWith("java.lang.") || name.startsWith("java.time.")
                    || name.startsWith("org.defstats.") && (type.isEnum() || type.isRecord()
                            || type.getEnclosingClass() != null && type.getEnclosingClass().isEnum());
            return allowed ? ObjectInputFilter.Status.UNDECIDED : ObjectInputFilter.Status.REJECTED;
        };
    }
}
