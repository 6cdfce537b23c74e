package org.defstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splitting a file into parts at line breaks: every line in exactly one part, line numbers of the whole file. */
class ByteRangesTest {

    @TempDir
    Path folder;

    private Path file(String text) throws IOException {
        Path file = folder.resolve("in.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The lines a part owns: from its start (after the overlap line) to its end. */
    private static List<String> owned(String text, ByteRange range) {
        String part = text.substring((int) range.start(), (int) range.end());
        List<String> lines = new ArrayList<>(List.of(part.split("\n", -1)));
        lines.remove(lines.size() - 1);
        if (range.overlap()) {
            lines.remove(0);
        }
        return lines;
    }

    @Test
    void everyLineIsInOnePartAndEachPartKnowsItsFirstLineNumber() throws IOException {
        StringBuilder text = new StringBuilder("id,sex\n");
        for (int i = 1; i <= 1000; i++) {
            text.append(i).append(",female\n");
        }
        Path file = file(text.toString());

        List<ByteRange> ranges = ByteRanges.split(file, 3, 1);

        assertThat(ranges).hasSize(3);
        assertThat(ranges.get(0).start()).isZero();
        assertThat(ranges.get(0).overlap()).isFalse();
        assertThat(ranges.get(2).end()).isEqualTo(Files.size(file));
        List<String> all = new ArrayList<>();
        for (ByteRange range : ranges) {
            List<String> lines = List.of(text.substring((int) range.start(), (int) range.end()).split("\n"));
            // the line at a part's start is line firstLine of the file
            assertThat(text.toString().split("\n")[(int) range.firstLine() - 1]).isEqualTo(lines.get(0));
            all.addAll(owned(text.toString(), range));
        }
        assertThat(all).containsExactlyElementsOf(List.of(text.toString().split("\n")));
        // a later part starts on the last line of the part before it, for rules that compare with the line before
        assertThat(ranges.get(1).overlap()).isTrue();
        assertThat(ranges.get(1).start()).isLessThan(ranges.get(0).end());
    }

    @Test
    void aQuotedCellOverSeveralLinesIsNeverSplit() throws IOException {
        StringBuilder text = new StringBuilder("id,note\n");
        for (int i = 1; i <= 200; i++) {
            text.append(i).append(",\"a note\nover\nthree lines\"\n");
        }
        Path file = file(text.toString());

        List<ByteRange> ranges = ByteRanges.split(file, 4, 1);

        assertThat(ranges).hasSizeGreaterThan(1);
        for (ByteRange range : ranges.subList(1, ranges.size())) {
            String from = text.substring((int) range.start());
            assertThat(from).matches("(?s)[0-9]+,\"a note\nover.*");
            // three physical lines a record: record k starts on line 2 + 3 (k - 1)
            int id = Integer.parseInt(from.substring(0, from.indexOf(',')));
            assertThat(range.firstLine()).isEqualTo(2 + 3L * (id - 1));
        }
    }

    @Test
    void aSmallFileOrOneWithBareCarriageReturnsIsOnePart() throws IOException {
        assertThat(ByteRanges.split(file("id\n1\n2\n"), 2, 1 << 20))
                .containsExactly(new ByteRange(0, 0, 7, 1, false));
        StringBuilder mac = new StringBuilder("id\r");
        for (int i = 0; i < 500; i++) {
            mac.append(i).append('\r');
        }
        Path file = file(mac.toString());
        assertThat(ByteRanges.split(file, 2, 1)).containsExactly(new ByteRange(0, 0, Files.size(file), 1, false));
    }

    @Test
    void windowsLineEndsSplitAfterTheLineFeed() throws IOException {
        StringBuilder text = new StringBuilder("id\r\n");
        for (int i = 1; i <= 300; i++) {
            text.append(i).append("\r\n");
        }
        List<ByteRange> ranges = ByteRanges.split(file(text.toString()), 2, 1);

        assertThat(ranges).hasSize(2);
        assertThat(text.charAt((int) ranges.get(0).end() - 1)).isEqualTo('\n');
    }
}
