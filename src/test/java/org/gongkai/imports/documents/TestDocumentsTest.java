package org.gongkai.imports.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed test documents are what the generator makes from the sample content today. A Word or
 * Excel file is compared part by part (the zip's entries, in order, uncompressed), since the compressed
 * bytes depend on the JDK's zlib; the web page byte for byte.
 */
class TestDocumentsTest {

    private static final Path COMMITTED = Path.of("src/test/resources/import");

    @TempDir
    Path folder;

    @Test
    void regeneratingGivesTheCommittedDocuments() throws IOException {
        new TestDocuments(Path.of(".")).writeAll(folder);

        try (Stream<Path> written = Files.list(folder)) {
            assertEquals(TestDocuments.FILES.stream().sorted().toList(),
                    written.map(file -> file.getFileName().toString()).sorted().toList(), "nothing else written");
        }
        for (String name : TestDocuments.FILES) {
            Path committed = COMMITTED.resolve(name);
            Path made = folder.resolve(name);
            String advice = name + " differs from what the generator makes: regenerate it (src/test/resources/import/README.md)";
            if (name.endsWith(".html")) {
                assertArrayEquals(Files.readAllBytes(committed), Files.readAllBytes(made), advice);
                continue;
            }
            Map<String, byte[]> expected = parts(committed);
            Map<String, byte[]> actual = parts(made);
            assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()), advice);
            for (String part : expected.keySet()) {
                assertArrayEquals(expected.get(part), actual.get(part), advice + " (part " + part + ")");
            }
        }
    }

    private static Map<String, byte[]> parts(Path zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }
}
