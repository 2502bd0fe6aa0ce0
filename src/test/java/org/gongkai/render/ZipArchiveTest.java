package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zips written by hand must open in Java's own reader (and so in any unzip), zip64 included. */
class ZipArchiveTest {

    @TempDir
    Path dir;

    @Test
    void entriesCopiedFromABundleReadBackAsWritten() throws IOException {
        byte[] csv = "\uFEFF项目,金额\r\n合计,1.00\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bundle = ZipArchive.of(List.of(ZipArchive.Entry.of("funds.csv", csv),
                ZipArchive.Entry.of("source.yaml", "kind: x\n".getBytes(StandardCharsets.UTF_8))));
        List<ZipArchive.Entry> entries = ZipArchive.entries(bundle);
        assertEquals(List.of("funds.csv", "source.yaml"), entries.stream().map(ZipArchive.Entry::name).toList());
        Path copy = dir.resolve("year.zip");
        Files.write(copy, ZipArchive.of(List.of(entries.get(0).renamed("units/a/2022/x/funds.csv"))));
        try (ZipFile zip = new ZipFile(copy.toFile())) {
            assertArrayEquals(csv, zip.getInputStream(zip.getEntry("units/a/2022/x/funds.csv")).readAllBytes());
        }
        assertArrayEquals(bundle, ZipArchive.of(entries), "the same entries give the same bytes");
    }

    /** An entry streamed in pieces (a national all.zip's descriptor) holds what was written, and opens in Java's reader. */
    @Test
    void anEntryWrittenAsAStreamIsTheWholeOfWhatWasWritten() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        ZipArchive.EntryStream stream = new ZipArchive.EntryStream();
        for (int i = 0; i < 20_000; i++) {
            byte[] piece = ("{\"name\":\"shili-" + i + "/2022/final-accounts/income\",\"path\":\"units/shili-" + i + "/income.csv\"},")
                    .getBytes(StandardCharsets.UTF_8);
            whole.write(piece);
            stream.write(piece, 0, piece.length);
        }
        stream.write('\n');
        whole.write('\n');
        ZipArchive.Entry entry = stream.entry("datapackage.json");
        assertEquals(whole.size(), entry.size());
        assertArrayEquals(whole.toByteArray(), entry.content());
        assertEquals(ZipArchive.Entry.of("datapackage.json", whole.toByteArray()).crc(), entry.crc());
        Path zip = dir.resolve("all.zip");
        Files.write(zip, ZipArchive.of(List.of(entry)));
        try (ZipFile read = new ZipFile(zip.toFile())) {
            assertArrayEquals(whole.toByteArray(), read.getInputStream(read.getEntry("datapackage.json")).readAllBytes());
        }
    }

    @Test
    void moreThan65535EntriesUseZip64() throws IOException {
        ZipArchive.Entry one = ZipArchive.Entry.of("a.csv", "1\r\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("many.zip");
        int count = 70_000;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchive.Writer writer = new ZipArchive.Writer(bytes)) {
            for (int i = 0; i < count; i++) {
                writer.add(one.renamed("d/" + i + ".csv"));
            }
        }
        Files.write(file, bytes.toByteArray());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals(count, zip.size());
            assertEquals("1\r\n", new String(zip.getInputStream(zip.getEntry("d/69999.csv")).readAllBytes(),
                    StandardCharsets.UTF_8));
        }
    }
}
