package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.DemoContent;
import org.gongkai.model.Diagnostic;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What looks like content but would not be read is an error naming it, not a warning among many:
 * a report named .yml, a year folder that is no year, a folder named like a report. And a clerk's
 * typo in {@code year} is an error at its line and column in a unit with several reports (it was a
 * NullPointerException).
 */
class ContentLayoutTest {

    @TempDir
    Path dir;
    Path content;
    Path unit;

    @BeforeEach
    void demo() throws IOException {
        content = DemoContent.write(dir.resolve("content"), DemoContent.SITE, Map.of("fa.yaml", DemoContent.FINAL_ACCOUNTS));
        unit = content.resolve(DemoContent.UNIT_FOLDER);
    }

    private Diagnostic onlyError(String rule, Path at) {
        List<Diagnostic> found = new SiteBuilder().check(content).diagnostics();
        List<Diagnostic> errors = found.stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), found::toString);
        assertEquals(rule, errors.get(0).rule(), errors.get(0)::toString);
        assertEquals(at.toString(), errors.get(0).position().file(), errors.get(0)::toString);
        return errors.get(0);
    }

    @Test
    void aReportNamedYmlIsAnError() throws IOException {
        Path yml = Files.writeString(unit.resolve("2023/evaluation.yml"), "kind: department-evaluation\n");
        Diagnostic error = onlyError("content.stray-yaml", yml);
        assertTrue(error.message().contains("evaluation.yaml"), error::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022年", "1899", "2100", "22"})
    void aYearFolderThatIsNoYearIsAnError(String folder) throws IOException {
        Path year = Files.createDirectories(unit.resolve(folder));
        Files.writeString(year.resolve("fa.yaml"), DemoContent.FINAL_ACCOUNTS.replace("2023", "2022"));
        Diagnostic error = onlyError("content.year-folder", year);
        assertTrue(error.message().contains(folder) && error.message().contains("1900–2099"), error::toString);
    }

    @Test
    void aFolderNamedLikeAReportIsAnError() throws IOException {
        Path folder = Files.createDirectories(unit.resolve("2023/x.yaml"));
        onlyError("content.stray-yaml", folder);
    }

    @Test
    void aYamlFileInTheUnitFolderIsAnError() throws IOException {
        Path stray = Files.writeString(unit.resolve("fa.yaml"), DemoContent.FINAL_ACCOUNTS);
        onlyError("content.stray-yaml", stray);
    }

    /** In a unit with two reports, each of these made check print only "gongkai 出错：NullPointerException". */
    @ParameterizedTest
    @ValueSource(strings = {"year: 2022年", "year:", "year: 2022.0", "year: 2147483647", ""})
    void aYearTypoBesideAnotherReportIsAnErrorAtItsPlace(String line) throws IOException {
        Files.createDirectories(unit.resolve("2022"));
        Path typo = Files.writeString(unit.resolve("2022/fa.yaml"),
                DemoContent.FINAL_ACCOUNTS.replace("year: 2023", line).replace("2023年度", "2022年度"));
        Diagnostic error = onlyError(line.equals("year:") || line.isEmpty() ? "schema.required" : "schema.type", typo);
        assertEquals("year", error.path());
        assertEquals(line.isEmpty() ? 1 : 3, error.position().line(), error::toString);
        assertEquals(line.isEmpty() || line.equals("year:") ? 1 : 7, error.position().column(), error::toString);
        assertNotNull(error.message());
        if (line.equals("year: 2147483647")) {
            assertTrue(error.message().startsWith("整数过大：应不超过 9 位"), error::toString);
        }
    }
}
