package org.gongkai.imports.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * What POI would stamp with the time of writing, fixed: the document's created and modified dates and
 * the zip entries' times (as local times, so the bytes do not depend on the time zone). The parts keep POI's order and content.
 */
final class StableZip {

    /** 2024-01-01T00:00:00Z: the documents are rebuilt from published 2022–2023 disclosures. */
    private static final long FIXED = 1_704_067_200_000L;

    private StableZip() {
    }

    static void fixDates(POIXMLProperties properties) {
        properties.getCoreProperties().setCreated(Optional.of(new Date(FIXED)));
        properties.getCoreProperties().setModified(Optional.of(new Date(FIXED)));
        properties.getCoreProperties().setCreator("gongkai test documents");
    }

    static byte[] normalise(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(LocalDateTime.of(2024, 1, 1, 0, 0));
                rewritten.putNextEntry(copy);
                rewritten.write(in.readAllBytes());
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
