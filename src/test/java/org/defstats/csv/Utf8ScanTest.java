package org.defstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The byte scan judges every line as the JDK's strict UTF-8 decoder does, and numbers lines as the reader does. */
class Utf8ScanTest {

    @Test
    void agreesWithTheStrictDecoderOnRandomLines() throws IOException {
        Random random = new Random(20_261_130L);
        int[] interesting = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
        for (int n = 0; n < 50_000; n++) {
            byte[] line = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < line.length; i++) {
                line[i] = (byte) interesting[random.nextInt(interesting.length)];
            }
            boolean jdk = decodes(line);
            assertThat(Utf8Scan.of(new ByteArrayInputStream(line)).notUtf8())
                    .as("line %s", java.util.HexFormat.ofDelimiter(" ").formatHex(line)).isEqualTo(jdk ? 0 : 1);
        }
    }

    @Test
    void linesEndAtLfCrlfAndCrAndASequenceCannotSpanThem() throws IOException {
        byte[] text = "a\r\nb\rc\n\u00e9\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Scan.of(new ByteArrayInputStream(text))).isEqualTo(new Utf8Scan(0, 0));
        byte[] cut = {'a', '\n', (byte) 0xC3, '\n', (byte) 0xA9, '\n', 0};
        assertThat(Utf8Scan.of(new ByteArrayInputStream(cut))).isEqualTo(new Utf8Scan(4, 2));
    }

    private static boolean decodes(byte[] line) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
            return true;
        }
        catch (CharacterCodingException e) {
            return false;
        }
    }
}
