package org.gongkai.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * The bytes of a workbook or Word file, the same for the same report: POI stamps a new package with the
 * time it was made (docProps/core.xml) and its zip entries with the time they were written; here the
 * package is dated by the report (its 发布日期, else the year after its year) and its entries are
 * stored again, in POI's order, with the fixed time of every zip gongkai writes ({@link ZipArchive}).
 */
record OfficeFile(String title, String author, LocalDate created) {

    byte[] bytes(POIXMLDocument document) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(author);
        core.getUnderlyingProperties().setCreatedProperty(
                Optional.of(Date.from(created.atStartOfDay(ZoneOffset.UTC).toInstant())));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try {
            document.write(written);
            document.close();
            return ZipArchive.of(entries(written.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The date a report's files carry: its 发布日期 when written as a date (2023-09-15, 2023年9月15日), else 1 January after its year. */
    static LocalDate dateOf(org.gongkai.model.ReportHeader header) {
        return header.publishedDate().orElse(LocalDate.of(Math.max(1900, Math.min(header.year(), 9998)) + 1, 1, 1));
    }

    private static List<ZipArchive.Entry> entries(byte[] zip) throws IOException {
        List<ZipArchive.Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(ZipArchive.Entry.of(entry.getName(), in.readAllBytes()));
            }
        }
        return entries;
    }
}
