package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.DemoContent;
import org.gongkai.model.Diagnostic;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Units whose `parent:` lead back to themselves: one error, at the first of them, naming every file of the cycle. */
class ParentCycleTest {

    @TempDir
    Path dir;

    private Path content(String... unitAndParent) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), DemoContent.SITE);
        for (int i = 0; i < unitAndParent.length; i += 2) {
            Path unit = Files.createDirectories(content.resolve("units").resolve(unitAndParent[i]));
            Files.writeString(unit.resolve("unit.yaml"), DemoContent.UNIT
                    + (unitAndParent[i + 1] == null ? "" : "parent: " + unitAndParent[i + 1] + "\n"));
        }
        return content;
    }

    @Test
    void twoUnitsThatAreEachOthersParent() throws IOException {
        Path content = content("city", "county", "county", "city");
        List<Diagnostic> found = new SiteBuilder().check(content).diagnostics();
        assertEquals(1, found.size(), found::toString);
        Diagnostic error = found.get(0);
        assertEquals("ref.parent-cycle", error.rule());
        assertEquals(content.resolve("units/city/unit.yaml") + ":4:9", error.position().toString());
        assertTrue(error.message().contains(content.resolve("units/city/unit.yaml") + " 的上级为 county"), error::toString);
        assertTrue(error.message().contains(content.resolve("units/county/unit.yaml") + " 的上级为 city"), error::toString);
    }

    @Test
    void aLongerCycleIsReportedOnceAndAUnitLeadingIntoItNotAtAll() throws IOException {
        Path content = content("a", "b", "b", "c", "c", "a", "d", "a", "e", null);
        List<Diagnostic> found = new SiteBuilder().check(content).diagnostics();
        assertEquals(List.of("ref.parent-cycle"), found.stream().map(Diagnostic::rule).toList());
        assertTrue(found.get(0).position().file().endsWith("units/a/unit.yaml"));
        assertTrue(found.get(0).message().contains("units/c/unit.yaml 的上级为 a"), found.get(0)::toString);
        assertTrue(!found.get(0).message().contains("units/d/"), found.get(0)::toString);
    }
}
