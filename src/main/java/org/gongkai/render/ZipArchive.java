package org.gongkai.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Zip files written by hand, so that what a report's bundle compressed once is copied as it is into the
 * per-year and all-years datasets: at national scale compressing those again took longer than rendering.
 * Entries keep the order they are added in and a fixed time, so the same entries give the same bytes.
 * Zip64 records are written when there are more than 65,534 entries or the archive passes 4 GiB.
 */
final class ZipArchive {

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int END64 = 0x06064b50;
    private static final int LOCATOR64 = 0x07064b50;
    private static final int UTF8_NAMES = 0x0800;
    private static final int DEFLATED = 8;
    /** 2000-01-01 00:00 in MS-DOS form. */
    private static final int DOS_DATE = (20 << 9) | (1 << 5) | 1;
    private static final long MAX32 = 0xFFFFFFFFL;

    private ZipArchive() {
    }

    /** An entry as stored: its deflated bytes with the CRC and size of what they inflate to. */
    record Entry(String name, int crc, long size, byte[] deflated) {

        Entry renamed(String newName) {
            return new Entry(newName, crc, size, deflated);
        }

        /** What the entry holds, inflated (for a small entry such as a datapackage.json). */
        byte[] content() {
            java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
            try {
                inflater.setInput(deflated);
                byte[] content = new byte[(int) size];
                int read = 0;
                while (read < content.length && !inflater.finished()) {
                    int n = inflater.inflate(content, read, content.length - read);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    read += n;
                }
                return content;
            } catch (java.util.zip.DataFormatException e) {
                throw new IllegalStateException(e);
            } finally {
                inflater.end();
            }
        }

        static Entry of(String name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                deflater.setInput(content);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, content.length / 3));
                byte[] buffer = new byte[16 * 1024];
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                return new Entry(name, (int) crc.getValue(), content.length, out.toByteArray());
            } finally {
                deflater.end();
            }
        }
    }

    /**
     * An entry written as a stream and deflated as it comes, for one too large to hold whole (a national
     * all.zip's datapackage.json is hundreds of megabytes; deflated, a few).
     */
    static final class EntryStream extends java.io.OutputStream {

        private final CRC32 crc = new CRC32();
        private final ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        private final java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(deflated, deflater, 16 * 1024);
        private long size;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            crc.update(bytes, offset, length);
            size += length;
            out.write(bytes, offset, length);
        }

        /** The entry of what was written; nothing may be written after. */
        Entry entry(String name) {
            try {
                out.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deflater.end();
            }
            return new Entry(name, (int) crc.getValue(), size, deflated.toByteArray());
        }
    }

    /** A zip of the entries, in the given order. */
    static byte[] of(List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new Writer(bytes)) {
            for (Entry entry : entries) {
                writer.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entries of a zip this class wrote (or any zip without zip64 and with deflated or stored entries). */
    static List<Entry> entries(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        while (end >= 0 && buffer.getInt(end) != END) {
            end--;
        }
        if (end < 0) {
            throw new IllegalArgumentException("not a zip file");
        }
        int count = Short.toUnsignedInt(buffer.getShort(end + 10));
        int at = buffer.getInt(end + 16);
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (buffer.getInt(at) != CENTRAL) {
                throw new IllegalArgumentException("broken zip central directory");
            }
            int method = Short.toUnsignedInt(buffer.getShort(at + 10));
            int crc = buffer.getInt(at + 16);
            long compressed = Integer.toUnsignedLong(buffer.getInt(at + 20));
            long size = Integer.toUnsignedLong(buffer.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(at + 32));
            int local = buffer.getInt(at + 42);
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            int data = local + 30 + Short.toUnsignedInt(buffer.getShort(local + 26))
                    + Short.toUnsignedInt(buffer.getShort(local + 28));
            byte[] stored = java.util.Arrays.copyOfRange(zip, data, data + (int) compressed);
            entries.add(method == DEFLATED ? new Entry(name, crc, size, stored) : Entry.of(name, stored));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    /** Writes entries one by one to a stream, then the central directory on close. */
    static final class Writer implements AutoCloseable {
        private final OutputStream out;
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private long offset;
        private long count;

        Writer(OutputStream out) {
            this.out = out;
        }

        void add(Entry entry) throws IOException {
            if (entry.deflated().length > MAX32 || entry.size() > MAX32) {
                throw new IOException("zip entry over 4 GiB: " + entry.name());
            }
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer local = little(30 + name.length);
            local.putInt(LOCAL).putShort((short) 20).putShort((short) UTF8_NAMES).putShort((short) DEFLATED)
                    .putShort((short) 0).putShort((short) DOS_DATE).putInt(entry.crc())
                    .putInt((int) entry.deflated().length).putInt((int) entry.size())
                    .putShort((short) name.length).putShort((short) 0).put(name);
            boolean far = offset >= MAX32;
            ByteBuffer header = little(46 + name.length + (far ? 12 : 0));
            header.putInt(CENTRAL).putShort((short) (far ? 45 : 20)).putShort((short) (far ? 45 : 20))
                    .putShort((short) UTF8_NAMES).putShort((short) DEFLATED).putShort((short) 0).putShort((short) DOS_DATE)
                    .putInt(entry.crc()).putInt((int) entry.deflated().length).putInt((int) entry.size())
                    .putShort((short) name.length).putShort((short) (far ? 12 : 0)).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt(far ? (int) MAX32 : (int) offset).put(name);
            if (far) {
                header.putShort((short) 1).putShort((short) 8).putLong(offset);
            }
            central.write(header.array());
            out.write(local.array());
            out.write(entry.deflated());
            offset += local.capacity() + entry.deflated().length;
            count++;
        }

        @Override
        public void close() throws IOException {
            long start = offset;
            long size = central.size();
            central.writeTo(out);
            boolean zip64 = count >= 0xFFFF || start >= MAX32 || size >= MAX32;
            if (zip64) {
                long record = start + size;
                ByteBuffer end64 = little(56 + 20);
                end64.putInt(END64).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                        .putLong(count).putLong(count).putLong(size).putLong(start);
                end64.putInt(LOCATOR64).putInt(0).putLong(record).putInt(1);
                out.write(end64.array());
            }
            ByteBuffer end = little(22);
            end.putInt(END).putShort((short) 0).putShort((short) 0)
                    .putShort((short) (zip64 ? 0xFFFF : count)).putShort((short) (zip64 ? 0xFFFF : count))
                    .putInt(zip64 ? (int) MAX32 : (int) size).putInt(zip64 ? (int) MAX32 : (int) start).putShort((short) 0);
            out.write(end.array());
            out.flush();
        }

        private static ByteBuffer little(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
