package org.defstats.workbook;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * Rewrites a zip file (an xlsx) so that its bytes depend on its content alone: every entry gets the same fixed
 * modification time as a DOS date and time, with no extended time fields, no data descriptors and no comment, and
 * named entries get new content. The other entries keep their order and their compressed bytes as they are, so
 * nothing is compressed twice. The zip is read through its central directory.
 */
final class ReproducibleZip {

    /** The time of every entry. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int END_SIZE = 22;
    private static final int VERSION = 20;
    private static final int DOS_TIME = ENTRY_TIME.getHour() << 11 | ENTRY_TIME.getMinute() << 5
            | ENTRY_TIME.getSecond() / 2;
    private static final int DOS_DATE = (ENTRY_TIME.getYear() - 1980) << 9 | ENTRY_TIME.getMonthValue() << 5
            | ENTRY_TIME.getDayOfMonth();

    private ReproducibleZip() {
    }

    /** An entry: its name, CRC-32, sizes and deflated bytes. */
    private record Entry(String name, int crc, int size, byte[] deflated) {
    }

    /**
     * @param zip      a zip file of deflated entries, without a comment or ZIP64 records
     * @param replaced entry name to its new content
     */
    static byte[] rewrite(byte[] zip, Map<String, byte[]> replaced) {
        List<Entry> entries = read(zip);
        List<Entry> rewritten = new ArrayList<>();
        for (Entry entry : entries) {
            byte[] content = replaced.get(entry.name());
            rewritten.add(content == null ? entry : deflated(entry.name(), content));
        }
        return write(rewritten, zip.length);
    }

    private static List<Entry> read(byte[] zip) {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - END_SIZE;
        if (end < 0 || bytes.getInt(end) != END_SIGNATURE) {
            throw new IllegalArgumentException("not a zip file without a comment");
        }
        int count = Short.toUnsignedInt(bytes.getShort(end + 10));
        int central = bytes.getInt(end + 16);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (bytes.getInt(central) != CENTRAL_SIGNATURE) {
                throw new IllegalArgumentException("the central directory of the zip file is damaged");
            }
            int method = Short.toUnsignedInt(bytes.getShort(central + 10));
            int crc = bytes.getInt(central + 16);
            int compressedSize = bytes.getInt(central + 20);
            int size = bytes.getInt(central + 24);
            int nameLength = Short.toUnsignedInt(bytes.getShort(central + 28));
            int extraLength = Short.toUnsignedInt(bytes.getShort(central + 30));
            int commentLength = Short.toUnsignedInt(bytes.getShort(central + 32));
            int local = bytes.getInt(central + 42);
            String name = new String(zip, central + 46, nameLength, StandardCharsets.UTF_8);
            central += 46 + nameLength + extraLength + commentLength;
            if (method != ZipEntry.DEFLATED || compressedSize < 0 || size < 0 || local < 0
                    || bytes.getInt(local) != LOCAL_SIGNATURE) {
                throw new IllegalArgumentException(name + ": not a deflated entry under 2 GB of the zip file");
            }
            int data = local + 30 + Short.toUnsignedInt(bytes.getShort(local + 26))
                    + Short.toUnsignedInt(bytes.getShort(local + 28));
            entries.add(new Entry(name, crc, size, Arrays.copyOfRange(zip, data, data + compressedSize)));
        }
        return entries;
    }

    private static Entry deflated(String name, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(content);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new Entry(name, (int) crc.getValue(), content.length, out.toByteArray());
        }
        finally {
            deflater.end();
        }
    }

    private static byte[] write(List<Entry> entries, int sizeHint) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint + 1024);
        List<Integer> offsets = new ArrayList<>();
        for (Entry entry : entries) {
            offsets.add(out.size());
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer header = header(30 + name.length).putInt(LOCAL_SIGNATURE).putShort((short) VERSION);
            fields(header, entry, name).putShort((short) 0).put(name);
            out.writeBytes(header.array());
            out.writeBytes(entry.deflated());
        }
        int central = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer header = header(46 + name.length).putInt(CENTRAL_SIGNATURE).putShort((short) VERSION)
                    .putShort((short) VERSION);
            fields(header, entry, name).putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putInt(0).putInt(offsets.get(i)).put(name);
            out.writeBytes(header.array());
        }
        int centralSize = out.size() - central;
        out.writeBytes(header(END_SIZE).putInt(END_SIGNATURE).putShort((short) 0).putShort((short) 0)
                .putShort((short) entries.size()).putShort((short) entries.size()).putInt(centralSize).putInt(central)
                .putShort((short) 0).array());
        return out.toByteArray();
    }

    private static ByteBuffer header(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Flags (UTF-8 names), method, time, date, CRC, sizes, name length and an empty extra field's length. */
    private static ByteBuffer fields(ByteBuffer header, Entry entry, byte[] name) {
        return header.putShort((short) 0x0800).putShort((short) ZipEntry.DEFLATED).putShort((short) DOS_TIME)
                .putShort((short) DOS_DATE).putInt(entry.crc()).putInt(entry.deflated().length).putInt(entry.size())
                .putShort((short) name.length);
    }
}
