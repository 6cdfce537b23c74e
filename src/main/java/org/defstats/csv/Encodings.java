package org.defstats.csv;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text encodings of input files: UTF-8 (with or without a byte order mark) and the Korean CP949
 * (a superset of EUC-KR) that Korean spreadsheet programs and government systems export. With
 * {@code auto} a file is UTF-8 when all of it decodes strictly as UTF-8, else CP949 when all of it
 * decodes strictly as CP949; anything else is refused naming the first line that is neither.
 */
public final class Encodings {

    public static final String AUTO = "auto";

    /**
     * The values a job file may give as an input's encoding, and the charset each means. EUC-KR is read as
     * CP949, its superset, since exports labelled EUC-KR often hold CP949-only syllables.
     */
    public static final Map<String, String> SETTINGS = Map.of(
            "utf-8", "UTF-8",
            "cp949", "x-windows-949",
            "euc-kr", "x-windows-949");

    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Encodings() {
    }

    /**
     * How an input was decoded: the name the manifest shows, a reader positioned after any BOM, and the charset
     * and whether a BOM was skipped, so that a part of the file can be read the same way ({@link #part}).
     */
    public record Decoded(String name, Reader reader, Charset charset, boolean bom) {
    }

    /**
     * A reader of the bytes from {@code start} to {@code end} of a file already opened with {@link #open}, decoded
     * as strictly as it was: for one partition of a partitioned ingest. The first part skips the BOM as the whole
     * file did; a part starting at a line break needs no detection, since UTF-8 and CP949 never have a line feed
     * inside a character.
     */
    public static Reader part(Path path, Decoded decoded, long start, long end) throws IOException {
        long skip = start == 0 && decoded.bom() ? UTF8_BOM.length : 0;
        InputStream in = Files.newInputStream(path);
        // skipped before the bound is set, so the bound counts the part's own bytes only
        in.skipNBytes(start + skip);
        long length = end - start - skip;
        InputStream bounded = new BufferedInputStream(org.apache.commons.io.input.BoundedInputStream.builder()
                .setInputStream(in).setMaxCount(length).setPropagateClose(true).get(), 1 << 16);
        return new InputStreamReader(bounded, strict(decoded.charset()));
    }

    /**
     * Opens a file for reading in the encoding {@code setting} names, or the one detected with {@code auto}.
     *
     * @throws CsvInputException when the file is not text in that encoding, naming its first bad line
     */
    public static Decoded open(Path path, String file, String setting) {
        try {
            byte[] head = head(path);
            if (startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF})
                    || startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
                throw new CsvInputException(file, 1, 0, "", "encoding", "is UTF-16 text; save the export as UTF-8 "
                        + "(CSV UTF-8) or as CP949 (CSV)");
            }
            boolean bom = startsWith(head, UTF8_BOM);
            String charsetSetting = setting == null ? null : SETTINGS.get(setting.toLowerCase(Locale.ROOT));
            Scan scan = scan(path, "x-windows-949".equals(charsetSetting));
            if (scan.nul() > 0) {
                throw new CsvInputException(file, scan.nul(), 0, "", "encoding", "contains NUL bytes, so it is not a "
                        + "CSV text file (is it a spreadsheet such as .xlsx?); export it as CSV");
            }
            if (setting == null || setting.equals(AUTO)) {
                if (bom && scan.notUtf8() > 0) {
                    throw new CsvInputException(file, scan.notUtf8(), 0, "", "encoding", "starts with a UTF-8 byte "
                            + "order mark but is not UTF-8 text here; save the export as CSV UTF-8 again");
                }
                if (scan.notUtf8() == 0) {
                    return decoded(path, bom ? "UTF-8 with BOM" : "UTF-8", StandardCharsets.UTF_8, bom);
                }
                scan = scan(path, true);
                if (scan.notCp949() == 0) {
                    return decoded(path, "CP949", CP949, false);
                }
                throw new CsvInputException(file, scan.neither() > 0 ? scan.neither() : scan.notCp949(), 0, "",
                        "encoding", "is neither UTF-8 nor CP949 (EUC-KR) text; save the export as CSV UTF-8, or set "
                                + "its encoding in the job file");
            }
            String charsetName = SETTINGS.get(setting.toLowerCase(Locale.ROOT));
            if (charsetName == null) {
                throw new IllegalArgumentException("unknown encoding " + setting + "; use one of "
                        + List.of(AUTO, "utf-8", "cp949", "euc-kr"));
            }
            Charset charset = Charset.forName(charsetName);
            long bad = charset.equals(StandardCharsets.UTF_8) ? scan.notUtf8() : scan.notCp949();
            if (bad > 0) {
                throw new CsvInputException(file, bad, 0, "", "encoding", "is not " + setting.toUpperCase(Locale.ROOT)
                        + " text, as the job file says it is; fix the byte there, or set encoding: auto");
            }
            String name = charset == StandardCharsets.UTF_8 && bom ? "UTF-8 with BOM" : setting.toUpperCase(Locale.ROOT);
            return decoded(path, name, charset, bom && charset == StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static Decoded decoded(Path path, String name, Charset charset, boolean skipBom) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path));
        if (skipBom) {
            in.skipNBytes(UTF8_BOM.length);
        }
        return new Decoded(name, new InputStreamReader(in, strict(charset)), charset, skipBom);
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The first line (1 being the first; 0 for none) with a NUL byte, that is not UTF-8, that is not CP949, and
     * that is neither: the whole file decides its encoding. The CP949 columns are only filled in ({@code -1}
     * otherwise) when {@code cp949} is asked for, since most files are UTF-8 and a strict UTF-8 check of bytes is
     * much cheaper than decoding every line twice.
     */
    private record Scan(long nul, long notUtf8, long notCp949, long neither) {
    }

    private static Scan scan(Path path, boolean cp949) throws IOException {
        Utf8Scan utf8 = Utf8Scan.of(path);
        if (!cp949) {
            return new Scan(utf8.nul(), utf8.notUtf8(), -1, -1);
        }
        long[] first = new long[2];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            CharsetDecoder utf8Decoder = strict(StandardCharsets.UTF_8);
            CharsetDecoder cp949Decoder = strict(CP949);
            long number = 1;
            boolean afterCr = false;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = b == '\r';
                if (b == '\n' || b == '\r' || b < 0) {
                    byte[] bytes = line.toByteArray();
                    boolean isCp949 = decodes(bytes, cp949Decoder);
                    note(first, 0, number, !isCp949);
                    note(first, 1, number, !isCp949 && !decodes(bytes, utf8Decoder));
                    if (b < 0) {
                        return new Scan(utf8.nul(), utf8.notUtf8(), first[0], first[1]);
                    }
                    line.reset();
                    number++;
                }
                else {
                    line.write(b);
                }
            }
        }
    }

    private static void note(long[] first, int test, long line, boolean failed) {
        if (failed && first[test] == 0) {
            first[test] = line;
        }
    }

    private static boolean decodes(byte[] line, CharsetDecoder decoder) {
        try {
            decoder.reset().decode(ByteBuffer.wrap(line));
            return true;
        }
        catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(3);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
