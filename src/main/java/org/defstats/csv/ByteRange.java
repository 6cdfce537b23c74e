package org.defstats.csv;

/**
 * A part of an input file, for one partition of a partitioned ingest step: the bytes from {@code start} to
 * {@code end} (exclusive), both at the start of a line outside any quoted cell. A part after the first starts one
 * line early, at the last line of the part before it ({@code overlap}), so that rules that compare a line with the
 * one before (ids that must rise) see it; that line is read for them only, never counted or staged twice.
 *
 * @param index     the part's position, 0 for the one with the header
 * @param firstLine the line number (1 being the first line of the file) of the line at {@code start}
 */
public record ByteRange(int index, long start, long end, long firstLine, boolean overlap) {

    public ByteRange {
        if (index < 0 || start < 0 || end < start || firstLine < 1 || (overlap && index == 0)) {
            throw new IllegalArgumentException("not a part of a file: " + index + " " + start + "-" + end);
        }
    }
}
