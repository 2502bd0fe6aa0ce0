package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.SampleContent;
import org.gongkai.model.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per class of bad input: the build fails with a Chinese message naming the file, line,
 * column and field, and the previously built site is left exactly as it was.
 */
class BadInputTest {

    static final String WUHAI = "units/wuhai/2023/medical-service-capacity.yaml";
    static final String JIANGE = "units/jiange/2022/final-accounts.yaml";

    @TempDir
    Path dir;
    Path content;
    Path site;
    Map<String, byte[]> before;

    @BeforeEach
    void buildGoodSite() throws IOException {
        content = SampleContent.copyTo(dir);
        site = dir.resolve("site");
        assertFalse(new SiteBuilder().build(content, site).failed());
        before = snapshot(site);
    }

    private Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        for (String file : OutputFolder.list(root)) {
            files.put(file, Files.readAllBytes(root.resolve(file)));
        }
        return files;
    }

    /** Builds the broken content, expects exactly one error and an untouched site; returns the error. */
    private Diagnostic failingBuild() throws IOException {
        BuildResult result = new SiteBuilder().build(content, site);
        assertTrue(result.failed(), "the build must fail");
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), () -> "one error expected: " + errors);
        Map<String, byte[]> after = snapshot(site);
        assertEquals(before.keySet(), after.keySet(), "no file added or removed");
        before.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(file)), file + " unchanged"));
        return errors.get(0);
    }

    private void assertAt(Diagnostic error, String file, int line, int column, String path) {
        assertEquals(content.resolve(file).toString(), error.position().file());
        assertEquals(line, error.position().line(), () -> "line of " + error);
        assertEquals(column, error.position().column(), () -> "column of " + error);
        assertEquals(path, error.path());
        assertTrue(error.toString().startsWith(content.resolve(file) + ":" + line + ":" + column + ": 错误 ["),
                error::toString);
    }

    private int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(content.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void malformedYaml() throws IOException {
        int line = lineOf(WUHAI, "weight: 10");
        SampleContent.edit(content, WUHAI, "  weight: 10\n", "  weight: [10\n");
        Diagnostic error = failingBuild();
        assertEquals("yaml.syntax", error.rule());
        assertEquals(content.resolve(WUHAI).toString(), error.position().file());
        assertTrue(error.position().line() >= line, error::toString);
        assertTrue(error.message().startsWith("YAML 格式错误"), error::toString);
    }

    @Test
    void wrongType() throws IOException {
        int line = lineOf(WUHAI, "  score: 9");
        SampleContent.edit(content, WUHAI, "  score: 9\n", "  score: 九分\n");
        Diagnostic error = failingBuild();
        assertEquals("schema.number", error.rule());
        assertAt(error, WUHAI, line, 10, "funds.score");
        assertTrue(error.message().contains("应为数字") && error.message().contains("实际为“九分”"), error::toString);
    }

    @Test
    void missingRequiredField() throws IOException {
        int line = lineOf(JIANGE, "money-unit: 万元");
        SampleContent.edit(content, JIANGE, "money-unit: 万元\n", "");
        Diagnostic error = failingBuild();
        assertEquals("schema.required", error.rule());
        assertEquals("money-unit", error.path());
        assertEquals(content.resolve(JIANGE).toString(), error.position().file());
        assertTrue(error.position().line() < line, "points at the mapping that lacks the key");
        assertTrue(error.message().contains("缺少必填字段“money-unit”"), error::toString);
        assertTrue(error.message().contains("元、万元、亿元"), error::toString);
    }

    @Test
    void unknownKeyWithSuggestion() throws IOException {
        int line = lineOf(JIANGE, "operating-costs:");
        SampleContent.edit(content, JIANGE, "operating-costs:", "operating-cost:");
        Diagnostic error = failingBuild();
        assertEquals("schema.unknown-key", error.rule());
        assertAt(error, JIANGE, line, 1, "operating-cost");
        assertTrue(error.message().contains("是否应为“operating-costs”"), error::toString);
    }

    @Test
    void unknownReportKind() throws IOException {
        int line = lineOf(WUHAI, "kind: project-evaluation");
        SampleContent.edit(content, WUHAI, "kind: project-evaluation", "kind: project-evalution");
        Diagnostic error = failingBuild();
        assertEquals("schema.kind", error.rule());
        assertAt(error, WUHAI, line, 7, "kind");
        assertTrue(error.message().contains("实际为“project-evalution”"), error::toString);
    }

    @Test
    void wrongEnumValue() throws IOException {
        int line = lineOf("units/wuhai/unit.yaml", "level: 市级");
        SampleContent.edit(content, "units/wuhai/unit.yaml", "level: 市级", "level: 地级");
        Diagnostic error = failingBuild();
        assertEquals("schema.enum", error.rule());
        assertAt(error, "units/wuhai/unit.yaml", line, 8, "level");
    }

    @Test
    void unreadableFile() throws IOException {
        Files.write(content.resolve(WUHAI), new byte[] {'k', 'i', 'n', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        Diagnostic error = failingBuild();
        assertEquals("file.encoding", error.rule());
        assertEquals(content.resolve(WUHAI).toString(), error.position().toString());
    }

    @Test
    void fileThatCannotBeOpened() throws IOException {
        Path file = content.resolve(WUHAI);
        Files.delete(file);
        Files.createSymbolicLink(file, dir.resolve("nowhere.yaml"));
        Diagnostic error = failingBuild();
        assertEquals("file.unreadable", error.rule());
        assertEquals(file.toString(), error.position().toString());
    }

    @Test
    void yamlAliasIsRefused() throws IOException {
        SampleContent.edit(content, WUHAI, "  weight: 10\n", "  weight: &w 10\n  score: *w\n");
        SampleContent.edit(content, WUHAI, "  score: 9\n", "");
        Diagnostic error = failingBuild();
        assertEquals("yaml.alias", error.rule());
    }

    @Test
    void duplicateKey() throws IOException {
        SampleContent.edit(content, WUHAI, "  score: 9\n", "  score: 9\n  score: 10\n");
        Diagnostic error = failingBuild();
        assertEquals("yaml.duplicate-key", error.rule());
        assertEquals("score", error.path());
    }

    @Test
    void yearThatDisagreesWithItsFolder() throws IOException {
        SampleContent.edit(content, WUHAI, "year: 2023", "year: 2024");
        Diagnostic error = failingBuild();
        assertEquals("content.year-mismatch", error.rule());
        assertEquals("year", error.path());
    }

    @Test
    void noStackTraceInAnyMessage() throws IOException {
        SampleContent.edit(content, WUHAI, "  score: 9\n", "  score: [1, 2]\n");
        Diagnostic error = failingBuild();
        assertFalse(error.toString().contains("Exception") || error.toString().contains("\tat "), error::toString);
        assertTrue(error.message().contains("应为数字") || error.message().contains("应为文字"), error::toString);
    }
}
