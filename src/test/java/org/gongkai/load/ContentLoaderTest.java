package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.corpus.CorpusGenerator;
import org.gongkai.model.Report;
import org.gongkai.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two ways content is read: all at once (check, preview) and unit by unit (build). */
class ContentLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theIndexNamesTheUnitsAndTheYearsThatHaveReports() throws IOException {
        Path content = new CorpusGenerator(3, 2, 2022, 1).write(dir.resolve("c"), u -> { });
        Files.createDirectories(content.resolve("units/shili-0002/2030"));
        Files.writeString(content.resolve("units/shili-0002/2030/notes.txt"), "不是报告");
        Files.createDirectories(content.resolve("units/shili-0003/2031/folder.yaml"));
        ContentLoader.Index index = new ContentLoader().index(content);
        assertEquals(List.of("shili-0001", "shili-0002", "shili-0003"), index.units().stream().map(Unit::id).toList());
        assertEquals(List.of(2023, 2022), index.years(), "a year folder without a report file is no year of the site");
    }

    @Test
    void readingUnitByUnitGivesWhatLoadingAtOnceGives() throws IOException {
        Path content = new CorpusGenerator(3, 2, 2022, 1).write(dir.resolve("c"), u -> { });
        ContentLoader once = ContentLoader.readingOnce();
        ContentLoader.Index index = once.index(content);
        List<Report> unitByUnit = index.folders().stream().flatMap(f -> once.reports(content, f).reports().stream())
                .sorted(org.gongkai.model.Content.REPORT_ORDER).toList();
        assertEquals(new ContentLoader().load(content).content().reports(), unitByUnit);
        assertEquals(18, unitByUnit.size());
    }

    /** The preview's loader keeps what it read for the next save; a build's loader must keep nothing. */
    @Test
    void aLoaderReadingOnceKeepsNoReport() throws IOException {
        Path content = new CorpusGenerator(1, 1, 2022, 1).write(dir.resolve("c"), u -> { });
        ContentLoader remembering = new ContentLoader();
        assertSame(remembering.load(content).content().reports().get(0), remembering.load(content).content().reports().get(0));
        ContentLoader once = ContentLoader.readingOnce();
        ContentLoader.UnitFolder folder = once.index(content).folders().get(0);
        Report first = once.reports(content, folder).reports().get(0);
        Report second = once.reports(content, folder).reports().get(0);
        assertNotSame(first, second);
        assertEquals(first, second);
    }
}
