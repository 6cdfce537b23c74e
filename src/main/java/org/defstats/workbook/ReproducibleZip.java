package org.defstats.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip file (an xlsx) so that its bytes depend on its content alone: every entry gets the same fixed
 * modification time, written as a local DOS time without extended time fields (so the time zone does not enter),
 * and named entries get new content. Entries keep their order. The zip is read through its central directory.
 */
final class ReproducibleZip {

    /**
     * The time of every entry. Not 1980-01-01 00:00, the earliest DOS time: for that one {@link ZipEntry} adds an
     * extended time field, computed in the default time zone.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int END_SIZE = 22;

    private ReproducibleZip() {
    }

    /**
     * @param zip      a zip file without a comment, whose entries are deflated
     * @param replaced entry name to its new content
     */
    static byte[] rewrite(byte[] zip, Map<String, byte[]> replaced) {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - END_SIZE;
        if (end < 0 || bytes.getInt(end) != END_SIGNATURE) {
            throw new IllegalArgumentException("not a zip file without a comment");
        }
        int entries = Short.toUnsignedInt(bytes.getShort(end + 10));
        int central = bytes.getInt(end + 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        Inflater inflater = new Inflater(true);
        try (ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (int i = 0; i < entries; i++) {
                if (bytes.getInt(central) != CENTRAL_SIGNATURE) {
                    throw new IllegalArgumentException("the central directory of the zip file is damaged");
                }
                int method = Short.toUnsignedInt(bytes.getShort(central + 10));
                long compressedSize = Integer.toUnsignedLong(bytes.getInt(central + 20));
                int nameLength = Short.toUnsignedInt(bytes.getShort(central + 28));
                int extraLength = Short.toUnsignedInt(bytes.getShort(central + 30));
                int commentLength = Short.toUnsignedInt(bytes.getShort(central + 32));
                int local = bytes.getInt(central + 42);
                String name = new String(zip, central + 46, nameLength, StandardCharsets.UTF_8);
                central += 46 + nameLength + extraLength + commentLength;
                if (method != ZipEntry.DEFLATED || bytes.getInt(local) != LOCAL_SIGNATURE) {
                    throw new IllegalArgumentException(name + ": not a deflated entry of the zip file");
                }
                int data = local + 30 + Short.toUnsignedInt(bytes.getShort(local + 26))
                        + Short.toUnsignedInt(bytes.getShort(local + 28));
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(ENTRY_TIME);
                rewritten.putNextEntry(entry);
                byte[] content = replaced.get(name);
                if (content != null) {
                    rewritten.write(content);
                }
                else {
                    inflater.reset();
                    InputStream compressed = new ByteArrayInputStream(zip, data, (int) compressedSize);
                    new InflaterInputStream(compressed, inflater, 64 * 1024).transferTo(rewritten);
                }
                rewritten.closeEntry();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            inflater.end();
        }
        return out.toByteArray();
    }
}
