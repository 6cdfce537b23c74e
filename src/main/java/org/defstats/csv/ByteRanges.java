package org.defstats.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an input file into about equal parts at line breaks, for a partitioned ingest step. It reads the file up
 * to the last split once, counting line breaks (so that each part knows the line number it starts at and problems
 * keep their file:line:column) and quotes (so that no split falls inside a quoted cell that spans lines). A file
 * with a carriage return that is not followed by a line feed (old Mac line ends, which Commons CSV counts as lines
 * but this count would not), or too small to be worth it, stays one part.
 */
public final class ByteRanges {

    private static final int BUFFER = 1 << 20;

    private ByteRanges() {
    }

    /**
     * @param parts    how many parts at most
     * @param minBytes the least number of bytes a part should have
     */
    public static List<ByteRange> split(Path file, int parts, long minBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int wanted = (int) Math.max(1, Math.min(parts, size / Math.max(1, minBytes)));
            List<ByteRange> ranges = new ArrayList<>();
            if (wanted == 1) {
                return List.of(new ByteRange(0, 0, size, 1, false));
            }
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            long position = 0;
            long lines = 1;
            // where the record being read starts, and the one before it: a record spans lines when a quoted cell does
            long recordStart = 0;
            long recordLine = 1;
            long previousStart = 0;
            long previousLine = 1;
            boolean quoted = false;
            byte before = 0;
            long start = 0;
            long startLine = 1;
            boolean startOverlap = false;
            int next = 1;
            while (next < wanted && channel.read(buffer, position) > 0) {
                buffer.flip();
                int limit = buffer.limit();
                byte[] bytes = buffer.array();
                for (int i = 0; i < limit && next < wanted; i++) {
                    byte b = bytes[i];
                    if (before == '\r' && b != '\n') {
                        return List.of(new ByteRange(0, 0, size, 1, false));
                    }
                    before = b;
                    if (b == '"') {
                        quoted = !quoted;
                    }
                    else if (b == '\n') {
                        lines++;
                        if (quoted) {
                            continue;
                        }
                        previousStart = recordStart;
                        previousLine = recordLine;
                        recordStart = position + i + 1;
                        recordLine = lines;
                        if (recordStart >= size * next / wanted && recordStart < size) {
                            ranges.add(new ByteRange(next - 1, start, recordStart, startLine, startOverlap));
                            start = previousStart;
                            startLine = previousLine;
                            startOverlap = true;
                            next++;
                        }
                    }
                }
                position += limit;
                buffer.clear();
            }
            ranges.add(new ByteRange(ranges.size(), start, size, startLine, startOverlap));
            return List.copyOf(ranges);
        }
    }
}
