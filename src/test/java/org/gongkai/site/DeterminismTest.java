package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertFalse(new SiteBuilder().build(SampleContent.SAMPLE, first).failed());
        assertFalse(new SiteBuilder().build(SampleContent.SAMPLE, second).failed());
        assertSameFiles(first, second);
    }

    /** The two folders hold the same files with the same bytes. */
    static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<String> files = OutputFolder.list(expected);
        assertEquals(files, OutputFolder.list(actual));
        assertFalse(files.isEmpty());
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file);
        }
    }

    /** Separate JVMs hash differently (Map.of, HashMap order): the output must not notice. */
    @Test
    void buildsInSeparateProcessesAreByteIdentical() throws Exception {
        Path first = dir.resolve("p1");
        Path second = dir.resolve("p2");
        for (Path out : List.of(first, second)) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.gongkai.cli.Main", "build",
                    "--content", SampleContent.SAMPLE.toString(), "--out", out.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve(out.getFileName() + ".log").toFile()).start();
            assertEquals(0, process.waitFor(), () -> out + " build failed");
        }
        assertSameFiles(first, second);
    }

    /** Pages rendered on several threads are put together in content order: one thread gives the same bytes. */
    @Test
    void aParallelBuildEqualsASingleThreadedOne() throws IOException {
        Path content = new org.gongkai.corpus.CorpusGenerator(6, 2, 2022, 3).write(dir.resolve("generated"), u -> { });
        Path parallel = dir.resolve("parallel");
        Path single = dir.resolve("single");
        assertFalse(new SiteBuilder(4).build(content, parallel).failed());
        assertFalse(new SiteBuilder(1).build(content, single).failed());
        assertSameFiles(parallel, single);
    }

    @Test
    void rebuildingReplacesTheSiteAndLeavesNoStagingFolders() throws IOException {
        Path site = dir.resolve("site");
        new SiteBuilder().build(SampleContent.SAMPLE, site);
        Files.writeString(site.resolve("stale.html"), "left from an old build");
        new SiteBuilder().build(SampleContent.SAMPLE, site);
        assertFalse(Files.exists(site.resolve("stale.html")));
        try (var entries = Files.list(dir)) {
            assertEquals(List.of(".site.gongkai", "site"), entries.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the site and what builds know about it; no staging or previous folder left");
        }
    }
}
