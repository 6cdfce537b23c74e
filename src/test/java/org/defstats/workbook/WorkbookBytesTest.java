package org.defstats.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/** The same tables give the same workbook bytes, whatever the clock, the time zone or the locale. */
class WorkbookBytesTest {

    @Test
    void twoWritesInDifferentTimeZonesAndLocalesGiveTheSameBytes() throws Exception {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        byte[] first;
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Seoul"));
            Locale.setDefault(Locale.KOREA);
            first = write();
            long clock = System.currentTimeMillis();
            while (System.currentTimeMillis() < clock + 5) {
                Thread.onSpinWait();
            }
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Locale.setDefault(Locale.GERMANY);
            second = write();
        }
        finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }

        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyEntryHasTheFixedTimeAndTheDocumentItsFixedDates() throws IOException {
        byte[] workbook = write();
        StringBuilder core = new StringBuilder();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; entries++) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(ReproducibleZip.ENTRY_TIME);
                assertThat(entry.getExtra()).as(entry.getName() + " extended times").isNull();
                byte[] content = zip.readAllBytes();
                if (entry.getName().equals("docProps/core.xml")) {
                    core.append(new String(content, StandardCharsets.UTF_8));
                }
            }
        }

        assertThat(entries).isGreaterThanOrEqualTo(8);
        assertThat(core.toString())
                .contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>")
                .contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:modified>")
                .contains("<dc:creator>defstats</dc:creator>");
    }

    private static byte[] write() {
        return TablesWorkbook.of(List.of(TablesWorkbookTest.TABLE), List.of(TablesWorkbookTest.YEARLY),
                TablesWorkbookTest.ABOUT).bytes();
    }
}
