package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gongkai.imports.HostileFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15: each hostile or broken file of {@link HostileFiles} given to {@code gongkai import}, beside a good
 * Word file, into a content folder that already holds a site: the command says in Chinese what is wrong with
 * it and that nothing was written, and nothing was — the content folder, the folder around it and the
 * temporary folder are as they were.
 */
class ImportCommandHostileTest {

    private static final Path TEMPORARY = Path.of(System.getProperty("java.io.tmpdir"));

    @TempDir
    Path dir;

    /**
     * All but the three that pass a bound only as the reader's test sets it small (3 MB unpacked, a 2 MB part,
     * 2 PDF pages): the command reads with the default bounds, past which such a file would cost 256 MB, 24 MB
     * or 1,000 pages to build; {@code HostileFilesTest} refuses them at the reader. The .doc refused for want of
     * LibreOffice is left out where {@code soffice} is on the PATH: the command would then try it (its failures are
     * {@code HostileFilesTest}'s, with a fake soffice).
     */
    static Stream<HostileFiles.Hostile> files() {
        return HostileFiles.files().filter(h -> !h.beyondDefaultOnly())
                .filter(h -> !(h.expected().contains("没有安装") && libreOfficeInstalled()));
    }

    private static boolean libreOfficeInstalled() {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, "soffice")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void isRefusedAndNothingIsWritten(HostileFiles.Hostile hostile) throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("units/jiange"));
        Files.writeString(content.resolve("site.yaml"), "title: 示例\n");
        Files.writeString(content.resolve("units/jiange/unit.yaml"), "name: 剑阁县医疗保障局\nlevel: 县级\nregion: [四川省, 广元市, 剑阁县]\n");
        Path files = Files.createDirectories(dir.resolve("files"));
        Path good = Files.copy(SeedImportTest.DOCUMENTS.resolve("seed-000-wuhai-self-evaluation.docx"), files.resolve("自评表.docx"));
        Path file = hostile.maker().make(files);
        List<String> before = listing(dir);
        Set<String> temporaryBefore = ours(TEMPORARY);

        MainTest.Run run = MainTest.run("import", good.toString(), file.toString(), "--content", content.toString(), "--unit", "wuhai");

        assertEquals(Main.DATA_ERRORS, run.exit(), run.out() + run.err());
        assertEquals("", run.out(), "nothing recognised, nothing written");
        assertTrue(run.err().startsWith("导入失败："), run.err());
        for (String fragment : hostile.expected()) {
            assertTrue(run.err().contains(fragment), "«" + fragment + "» not in: " + run.err());
        }
        assertTrue(run.err().endsWith("没有写入任何文件。" + System.lineSeparator()), run.err());
        assertTrue(run.err().codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'), run.err());
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals(before, listing(dir), "the content folder and the folder around it are as they were");
        assertEquals(Set.of(), leftInTemporary(temporaryBefore), "no temporary file or folder left");
    }

    /**
     * A 决算说明 whose paragraphs repeat a 科目 or a grouped figure some tens of thousands of times (a page of 1 MB):
     * reading its figures stays within bounds (a repeated group in a pattern cost a stack frame per repetition, and
     * such a page overflowed the stack with a trace), and the page is imported like any other.
     */
    @org.junit.jupiter.api.Test
    void aSaidParagraphRepeatingASubjectTensOfThousandsOfTimesIsImported() throws IOException {
        String head = "<html><head><meta charset=\"utf-8\"><title>某县医疗保障局2022年度部门决算</title></head><body>"
                + "<h1>某县医疗保障局2022年度部门决算</h1><h2>五、一般公共预算财政拨款支出决算情况说明</h2>";
        Path page = Files.writeString(dir.resolve("说明.html"), head
                + "<p>" + "卫生健康支出（类）".repeat(20_000) + "</p>"
                + "<p>主要用于以下方面" + "：卫生健康".repeat(30_000) + "</p>"
                + "<p>一般公共预算财政拨款支出1" + ",000".repeat(30_000) + "万元。</p></body></html>");
        Path content = dir.resolve("content");

        MainTest.Run run = MainTest.run("import", page.toString(), "--content", content.toString(), "--unit", "mx",
                "--kind", "final-accounts");

        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat ") && !run.err().contains("Error"),
                "no stack trace: " + run.err());
        assertTrue(Files.isRegularFile(content.resolve("units/mx/2022/final-accounts.md")), run.out() + run.err());
    }

    /** Every path under {@code folder} with its size and time, so that a file written or touched shows. */
    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.sorted().map(p -> {
                try {
                    return folder.relativize(p) + " " + (Files.isRegularFile(p) ? Files.size(p) : "-") + " "
                            + Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    return folder.relativize(p) + " ?";
                }
            }).toList();
        }
    }

    /** The import's temporary files and folders (gongkai-import-…, gongkai-doc-…). */
    private static Set<String> ours(Path temporary) throws IOException {
        try (Stream<Path> list = Files.list(temporary)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gongkai-import-") || n.startsWith("gongkai-doc-"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * What the import left in the temporary folder; one another process is using right now (other builds share
     * the folder) is gone a moment later, so what is new is looked at again before it counts.
     */
    private static Set<String> leftInTemporary(Set<String> before) throws IOException, InterruptedException {
        Set<String> left = new TreeSet<>(ours(TEMPORARY));
        left.removeAll(before);
        if (!left.isEmpty()) {
            Thread.sleep(2_000);
            left.retainAll(ours(TEMPORARY));
        }
        return left;
    }
}
