package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.DemoContent;
import org.gongkai.model.Diagnostic;
import org.gongkai.site.BuildResult;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A narrative nested 2,000 deep (a 2 KB file) passed check and killed build with a StackOverflowError;
 * check now reports it at its line and column, and the build stops on that error.
 */
class MarkdownDepthTest {

    @TempDir
    Path dir;

    private Path content(String narrative) throws IOException {
        return DemoContent.write(dir.resolve("content"), DemoContent.SITE,
                Map.of("fa.yaml", DemoContent.FINAL_ACCOUNTS, "fa.md", narrative));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "quotes|markdown.depth|2|33",
        "list|markdown.depth|2|65",
        "emphasis|markdown.depth|2|33",
        "long|markdown.line-length|2|10001"})
    void absurdMarkdownIsAnErrorAtItsPlace(String shape, String rule, int line, int column) throws IOException {
        String body = switch (shape) {
            case "quotes" -> ">".repeat(2000) + " 说明";
            case "list" -> "- ".repeat(10000) + "说明";
            case "emphasis" -> "*".repeat(3000) + "说明" + "*".repeat(3000);
            default -> "说".repeat(12_000);
        };
        Path content = content("# 说明\n" + body + "\n");
        List<Diagnostic> found = new SiteBuilder().check(content).diagnostics();
        List<Diagnostic> errors = found.stream().filter(d -> d.rule().equals(rule)).toList();
        assertEquals(1, errors.size(), found::toString);
        Diagnostic error = errors.get(0);
        assertTrue(error.isError());
        assertEquals(content.resolve("units/demo/2023/fa.md") + ":" + line + ":" + column, error.position().toString());
        BuildResult built = new SiteBuilder().build(content, dir.resolve("site"));
        assertTrue(built.failed());
        assertTrue(built.diagnostics().stream().anyMatch(d -> d.rule().equals(rule)), built.diagnostics()::toString);
        Files.writeString(content.resolve("units/demo/2023/fa.md"), ORDINARY);
        assertEquals(List.of(), new SiteBuilder().check(content).diagnostics());
    }

    /** Nesting a narrative really has (and a fenced block of asterisks) stays clean. */
    private static final String ORDINARY = """
            > 引用中的**粗体**和*斜体*，[链接](https://example.gov.cn/)
            >
            > - 一级
            >   - 二级
            >     1. 三级 ***粗斜体*** `代码 **`

            ```
            ************************************************************
            ```
            """ + "- 列表\n".repeat(200);
}
