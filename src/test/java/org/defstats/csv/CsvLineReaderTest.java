package org.defstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.defstats.arrivals.ArrivalColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Reading exports as people have them: encodings, line ends, Korean headers in any order, and broken files. */
class CsvLineReaderTest {

    @TempDir
    Path dir;

    private final ExecutionContext context = new ExecutionContext();

    @Test
    void crOnlyAndCrlfLineEndsKeepTheLineNumbers() throws Exception {
        for (String end : List.of("\r", "\r\n", "\n")) {
            List<CsvLine> lines = read(("period,male,female,total" + end + "2015,251,1024,1275" + end + end
                    + "\"2016\",302,1116,1418" + end).getBytes(StandardCharsets.UTF_8));
            assertThat(lines).extracting(CsvLine::line).containsExactly(2L, 3L, 4L);
            assertThat(lines.get(2).text("total")).isEqualTo("1418");
        }
    }

    @Test
    void koreanHeadersAreFoundInAnyOrderAndCp949IsDetected() throws Exception {
        List<CsvLine> lines = read("합계 (명),연도,여성,남\n\"1,418\",2016년,\"1,116\",302\n"
                .getBytes(Charset.forName("x-windows-949")));
        assertThat(context.getString(CsvLineReader.ENCODING_KEY)).isEqualTo("CP949");
        assertThat(context.getString(CsvLineReader.COLUMNS_KEY)).isEqualTo("female=3,male=4,period=2,total=1");
        assertThat(lines.get(0).text("period")).isEqualTo("2016년");
        assertThat(lines.get(0).text("total")).isEqualTo("1,418");
    }

    @Test
    void aByteOrderMarkIsReadAndNamed() throws Exception {
        byte[] text = "period,total\n2016,1418\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(read(withBom).get(0).text("period")).isEqualTo("2016");
        assertThat(context.getString(CsvLineReader.ENCODING_KEY)).isEqualTo("UTF-8 with BOM");
    }

    @Test
    void aMissingColumnListsTheColumnsFound() throws Exception {
        List<CsvLine> lines = read("연도,남,여\n2016,302,1116\n".getBytes(StandardCharsets.UTF_8));
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).kind()).isEqualTo(CsvLine.Kind.UNREADABLE);
        assertThat(lines.get(0).problems().get(0).describe()).isEqualTo("a.csv:1: missing column total (합계, 계, 총계, "
                + "전체); the header has 연도, 남, 여 [header]");
    }

    @Test
    void extraColumnsAreWarnedAboutAndTrailingEmptyColumnsCounted() throws Exception {
        List<CsvLine> lines = read("period,total,note,,\n2016,1418,,,\n".getBytes(StandardCharsets.UTF_8));
        assertThat(lines.get(0).kind()).isEqualTo(CsvLine.Kind.HEADER_WARNINGS);
        assertThat(lines.get(0).problems()).extracting(LineProblem::describe).containsExactly(
                "a.csv:1:3: column 'note' is not one defstats reads here; its cells are ignored [extra-column]");
        assertThat(context.getLong(CsvLineReader.EMPTY_COLUMNS_KEY)).isEqualTo(2);
        assertThat(lines.get(1).valueBeyondHeader()).isZero();
    }

    @Test
    void anUnclosedQuoteStopsTheFileAtItsLine() throws Exception {
        List<CsvLine> lines = read("period,total\n2015,1275\n\"2016,1418\n2017,1127\n".getBytes(StandardCharsets.UTF_8));
        assertThat(lines).extracting(CsvLine::kind).containsExactly(CsvLine.Kind.DATA, CsvLine.Kind.UNREADABLE);
        assertThat(lines.get(1).problems().get(0).rule()).isEqualTo("csv");
        assertThat(lines.get(1).problems().get(0).line()).isEqualTo(3);
    }

    @Test
    void textInNeitherEncodingIsRefusedAtItsLine() throws Exception {
        List<CsvLine> lines = read(new byte[] {'p', ',', 't', '\n', '1', (byte) 0xFF, (byte) 0xFF, '\n'});
        assertThat(lines.get(0).problems().get(0).describe())
                .startsWith("a.csv:2: is neither UTF-8 nor CP949 (EUC-KR) text");
    }

    @Test
    void footnotesAndBlankLinesAreRecognised() throws Exception {
        List<CsvLine> lines = read("연도,합계,,\n2016,1418,,\n,,,\n※ 2016년은 9월 기준,,,\n주: 잠정치,,,\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(lines.get(1).isBlank()).isTrue();
        assertThat(lines.get(2).isFootnote()).isTrue();
        assertThat(lines.get(3).isFootnote()).isTrue();
        assertThat(lines.get(0).isFootnote()).isFalse();
    }

    private List<CsvLine> read(byte[] content) throws Exception {
        Path file = dir.resolve("a.csv");
        Files.write(file, content);
        CsvLineReader reader = new CsvLineReader("yearly", file, "a.csv", Encodings.AUTO, ArrivalColumns.ALL);
        reader.open(context);
        List<CsvLine> lines = new ArrayList<>();
        try {
            for (CsvLine line = reader.read(); line != null; line = reader.read()) {
                lines.add(line);
            }
        }
        finally {
            reader.close();
        }
        return lines;
    }
}
