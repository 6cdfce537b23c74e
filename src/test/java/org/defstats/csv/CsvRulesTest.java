package org.defstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.defstats.arrivals.ArrivalColumns;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The rules of reading an input, one case per way of breaking each: {@code encoding}, {@code csv} and
 * {@code header} of a whole file as {@link CsvLineReader} reads it, {@code count} and {@code required} of a
 * cell as {@link LineCheck} reads it, and the value beyond the header that the {@code columns} rule refuses.
 * Each file case names the data lines and problems expected as {@code line data} and {@code line rule message…}
 * (the start of the message, which tells apart the checks of one rule), so that a check taken out fails its cases.
 */
class CsvRulesTest {

    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final String HEADER = "period,male,female,total\n";

    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("UTF-8", "auto", utf8(HEADER + "2016,302,1116,1418\n"), List.of("2 data")),
                Arguments.of("CP949 with a Korean header", "auto",
                        "연도,남,여,합계\n2016년,302,\"1,116\",\"1,418\"\n".getBytes(CP949), List.of("2 data")),
                Arguments.of("EUC-KR is read as CP949", "euc-kr", "연도,합계\n2016년,1418\n".getBytes(CP949),
                        List.of("2 data")),
                Arguments.of("encoding: UTF-16 LE", "auto", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        HEADER.getBytes(StandardCharsets.UTF_16LE)), List.of("1 encoding is UTF-16 text")),
                Arguments.of("encoding: UTF-16 BE", "auto", bytes(new byte[] {(byte) 0xFE, (byte) 0xFF},
                        HEADER.getBytes(StandardCharsets.UTF_16BE)),
                        List.of("1 encoding is UTF-16 text")),
                Arguments.of("encoding: a NUL byte", "auto", utf8(HEADER + "2016,302,1116,1418\n2017,18\u00008,939,1127\n"),
                        List.of("3 encoding contains NUL bytes")),
                Arguments.of("encoding: a BOM, then a Latin-1 byte", "auto", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB,
                        (byte) 0xBF}, utf8(HEADER + "2014,305,1092,1397"), new byte[] {(byte) 0xA7, '\n'}),
                        List.of("2 encoding starts with a UTF-8 byte order mark")),
                Arguments.of("encoding: neither UTF-8 nor CP949", "auto",
                        bytes(utf8(HEADER + "2016,302,1116,1418\n2018,168,969,1137"), new byte[] {(byte) 0xFF, '\n'}),
                        List.of("3 encoding is neither UTF-8 nor CP949")),
                Arguments.of("encoding: not the UTF-8 the job file says", "utf-8",
                        "연도,합계\n2016년,1418\n".getBytes(CP949),
                        List.of("1 encoding is not UTF-8 text, as the job file says")),
                Arguments.of("encoding: not the CP949 the job file says", "cp949",
                        bytes(utf8(HEADER + "2016,302,1116,1418"), new byte[] {(byte) 0x80, '\n'}),
                        List.of("2 encoding is not CP949 text, as the job file says")),
                Arguments.of("csv: an unclosed quote", "auto", utf8(HEADER + "2008,608,2195,2803\n\"2009,662,2252,2914\n"
                        + "2010,591,1811,2402\n"), List.of("2 data", "3 csv cannot be read as CSV")),
                Arguments.of("csv: text after a closing quote", "auto", utf8(HEADER + "\"2016\"x,302,1116,1418\n"),
                        List.of("2 csv cannot be read as CSV")),
                Arguments.of("header: an empty file", "auto", new byte[0], List.of("1 header the file has no header line")),
                Arguments.of("header: no total column", "auto", utf8("period,male,female\n"),
                        List.of("1 header missing column total")),
                Arguments.of("header: total and 합계", "auto", utf8("period,total,합계\n2016,1418,1418\n"),
                        List.of("1 header columns 2 and 3 are both the total")),
                Arguments.of("header: blank lines, then a typo", "auto", utf8("\n\nperiod,male,female,totl\n"),
                        List.of("3 header missing column total")),
                Arguments.of("extra-column: a column defstats does not read", "auto",
                        utf8("period,total,note\n2016,1418,\n"), List.of("1 extra-column column 'note' is not one", "2 data")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aFileAsTheReaderReadsIt(String name, String encoding, byte[] content, List<String> expected)
            throws Exception {
        Path file = dir.resolve("a.csv");
        Files.write(file, content);
        List<String> found = new ArrayList<>();
        for (CsvLine line : read(file, encoding)) {
            if (line.kind() == CsvLine.Kind.DATA) {
                found.add(line.line() + " data");
            }
            line.problems().forEach(p -> found.add(p.line() + " " + p.rule() + " " + p.message()));
        }
        assertThat(found).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(found.get(i)).as("%s of %s", i, found).startsWith(expected.get(i));
        }
    }

    static Stream<Arguments> counts() {
        return Stream.of(
                Arguments.of("1418", 1418L, null),
                Arguments.of("1,418", 1418L, null),
                Arguments.of("１，４１８", 1418L, null),
                Arguments.of(" 1036 ", 1036L, null),
                Arguments.of("", null, null),
                Arguments.of("-", null, null),
                Arguments.of("-72", null, "count"),
                Arguments.of("196.0", null, "count"),
                Arguments.of("1,39", null, "count"),
                Arguments.of("14,18", null, "count"),
                Arguments.of("3S", null, "count"),
                Arguments.of("1,418¹", null, "count"),
                Arguments.of("1234567890123456", null, "count"));
    }

    @ParameterizedTest(name = "count ''{0}''")
    @MethodSource("counts")
    void aCountThatMayBeUnpublished(String cell, Long count, String rule) {
        LineCheck check = check(cell);
        assertThat(check.count("total")).isEqualTo(count);
        assertThat(check.problems()).extracting(LineProblem::rule).containsExactlyElementsOf(
                rule == null ? List.of() : List.of(rule));
    }

    static Stream<Arguments> requiredCounts() {
        return Stream.of(
                Arguments.of("1,418", 1418L, null),
                Arguments.of("", null, "required"),
                Arguments.of("-", null, "required"),
                Arguments.of("—", null, "required"),
                Arguments.of("-12", null, "count"));
    }

    @ParameterizedTest(name = "required count ''{0}''")
    @MethodSource("requiredCounts")
    void aCountThatMustBeGiven(String cell, Long count, String rule) {
        LineCheck check = check(cell);
        assertThat(check.requiredCount("total")).isEqualTo(count);
        assertThat(check.problems()).extracting(LineProblem::rule).containsExactlyElementsOf(
                rule == null ? List.of() : List.of(rule));
    }

    static Stream<Arguments> cellsBeyondTheHeader() {
        return Stream.of(
                Arguments.of(List.of("2004", "626", "1272", "1898"), 0),
                Arguments.of(List.of("2004", "626", "1272", "1898", "", " "), 0),
                Arguments.of(List.of("2004", "626", "1", "272", "1898"), 5),
                Arguments.of(List.of("2004", "626", "1272", "1898", "", "x"), 6));
    }

    @ParameterizedTest(name = "columns: {0}")
    @MethodSource("cellsBeyondTheHeader")
    void aValueBeyondTheColumnsTheHeaderNames(List<String> cells, int column) {
        CsvLine line = CsvLine.data("a.csv", 6, new CsvHeader(ArrivalColumns.ALL,
                Map.of("period", 1, "male", 2, "female", 3, "total", 4), 4), cells);
        assertThat(line.valueBeyondHeader()).isEqualTo(column);
    }

    private List<CsvLine> read(Path file, String encoding) throws Exception {
        CsvLineReader reader = new CsvLineReader("yearly", file, "a.csv", encoding, ArrivalColumns.ALL);
        reader.open(new ExecutionContext());
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

    private static LineCheck check(String total) {
        return new LineCheck(CsvLine.data("a.csv", 2, new CsvHeader(ArrivalColumns.ALL, Map.of("period", 1, "total", 2),
                2), List.of("2016", total)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
