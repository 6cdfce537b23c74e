package org.defstats.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a table of published figures as inputs are read, and refusing one that would compare silently wrong. */
class CsvTableTest {

    @TempDir
    Path temp;

    @Test
    void aColumnNamedTwiceIsRefusedWhereItIs() {
        assertThatThrownBy(() -> parse("period,total,Total\n2016,1418,1418\n")).isInstanceOf(IOException.class)
                .hasMessage("t.csv:1:3: columns 2 and 3 are both 'total'; keep one of them [header]");
    }

    @Test
    void aValueBeyondTheHeaderIsRefusedButEmptyCellsThereAreNot() throws IOException {
        assertThat(parse("period,total\n2015,1275,,\n").rows()).containsExactly(List.of("2015", "1275"));
        assertThatThrownBy(() -> parse("period,total\n2015,1275\n\n2016,1418,9\n")).isInstanceOf(IOException.class)
                .hasMessageStartingWith("t.csv:4:3: the row has a value in column 3, beyond the 2 columns of the "
                        + "header;");
    }

    @Test
    void figuresMustBeGroupedByThousands() throws IOException {
        assertThat(parse("period,total,female_share_pct\n2016,\"1,418\",78.7%\n2017,\"−1,036\",\n").rows())
                .containsExactly(List.of("2016", "1,418", "78.7%"), List.of("2017", "−1,036", ""));
        assertThatThrownBy(() -> parse("period,total\n2016,\"1,4,1,8\"\n")).isInstanceOf(IOException.class)
                .hasMessage("t.csv:2:2: '1,4,1,8' is not grouped by thousands as figures are (1,418 or 1418); fix "
                        + "the cell [count]");
        assertThatThrownBy(() -> parse("period,total\n2016,\"14,18\"\n")).hasMessageStartingWith("t.csv:2:2: ");
    }

    @Test
    void headersAreNormalizedAsInputHeadersAre() throws IOException {
        assertThat(parse("Period, TOTAL (명),ＦＥＭＡＬＥ\n2016,1418,1116\n").header())
                .containsExactly("period", "total", "female");
    }

    @Test
    void utf8WithABomAndCp949AreReadAsInputsAre() throws IOException {
        Path bom = temp.resolve("bom.csv");
        Files.write(bom, ("\uFEFF연도,합계\n2016년,\"1,418\"\n").getBytes(StandardCharsets.UTF_8));
        Path cp949 = temp.resolve("cp949.csv");
        Files.write(cp949, "연도,합계\n2016년,\"1,418\"\n".getBytes(Charset.forName("x-windows-949")));

        for (Path file : List.of(bom, cp949)) {
            CsvTable table = CsvTable.read(file);
            assertThat(table.header()).containsExactly("연도", "합계");
            assertThat(table.rows()).containsExactly(List.of("2016년", "1,418"));
        }
    }

    @Test
    void aMissingFileOrAFolderIsOneLineNamingThePath() {
        Path missing = temp.resolve("nosuch.csv");
        assertThatThrownBy(() -> CsvTable.read(missing)).isInstanceOf(IOException.class)
                .hasMessage(missing + ": no such file; check the path, or give the table's CSV file");
        assertThatThrownBy(() -> CsvTable.read(temp)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(temp + " is a folder; give a CSV file");
    }

    private static CsvTable parse(String csv) throws IOException {
        return CsvTable.parse("t.csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
