package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.corpus.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site a build replaces is kept as the spare and recycled by the next build as its staging
 * folder: whatever the changes in between, the result must be the very site a fresh build makes.
 */
class SpareSiteTest {

    @TempDir
    Path dir;

    @Test
    void recycledSparesGiveTheSiteAFreshBuildGives() throws IOException {
        Path content = new CorpusGenerator(4, 2, 2022, 7).write(dir.resolve("corpus"), u -> { });
        Path site = dir.resolve("site");
        Path spare = dir.resolve(".site.spare");
        assertFalse(new SiteBuilder().build(content, site).failed());
        assertFalse(Files.exists(spare), "a first build has nothing to keep");

        edit(content.resolve("units/shili-0001/2023/department-evaluation.yaml"));
        assertFreshEquals(content, site, "one");
        assertTrue(Files.isDirectory(spare), "the replaced site is kept");
        Object spareFolder = IncrementalBuildTest.inode(spare);

        // Another report changed and a unit's whole year removed: the spare becomes the site, without what is gone.
        edit(content.resolve("units/shili-0002/2022/final-accounts.yaml"));
        deleteTree(content.resolve("units/shili-0003/2023"));
        assertFreshEquals(content, site, "two");
        assertEquals(spareFolder, IncrementalBuildTest.inode(site), "the spare was recycled into the site");
        assertFalse(Files.exists(site.resolve("units/shili-0003/2023")), "no empty folder of the removed year is left");

        // The first change undone: the page it changed must be the original again, not the spare's older copy.
        Path first = content.resolve("units/shili-0001/2023/department-evaluation.yaml");
        Files.writeString(first, Files.readString(first).replace("（第二次修改）", ""));
        assertFreshEquals(content, site, "three");
        edit(first);
        assertFreshEquals(content, site, "four");
    }

    /** Something added to the site by hand means the record of its files is wrong: nothing is recycled against it. */
    @Test
    void aSiteChangedByHandIsNotRecycledAgainst() throws IOException {
        Path content = new CorpusGenerator(2, 1, 2022, 7).write(dir.resolve("corpus"), u -> { });
        Path site = builtWithASpare(content);
        Files.writeString(site.resolve("units/stray.html"), "added by hand");
        edit(content.resolve("units/shili-0002/2022/department-evaluation.yaml"));
        assertFreshEquals(content, site, "a");
        edit(content.resolve("units/shili-0002/2022/final-accounts.yaml"));
        assertFreshEquals(content, site, "b");
        assertFalse(Files.exists(site.resolve("units/stray.html")));
    }

    /** A page deleted from the site by hand is written again by the next build, spare or not. */
    @Test
    void aFileDeletedFromTheSiteByHandIsWrittenAgain() throws IOException {
        Path content = new CorpusGenerator(2, 1, 2022, 7).write(dir.resolve("corpus"), u -> { });
        Path site = builtWithASpare(content);
        Path page = site.resolve("units/shili-0002/2022/final-accounts/index.html");
        Files.delete(page);
        Files.delete(site.resolve("units/shili-0002/2022/final-accounts/charts/income-structure.svg"));
        assertFreshEquals(content, site, "restored");
        assertTrue(Files.isRegularFile(page));
    }

    /** Builds the content, changes a report and builds again, so that the site has a spare beside it. */
    private Path builtWithASpare(Path content) throws IOException {
        Path site = dir.resolve("site");
        assertFalse(new SiteBuilder().build(content, site).failed());
        edit(content.resolve("units/shili-0001/2022/department-evaluation.yaml"));
        assertFalse(new SiteBuilder().build(content, site).failed());
        assertTrue(Files.isDirectory(dir.resolve(".site.spare")));
        return site;
    }

    private void assertFreshEquals(Path content, Path site, String name) throws IOException {
        BuildResult built = new SiteBuilder().build(content, site);
        assertFalse(built.failed(), built.diagnostics()::toString);
        Path fresh = dir.resolve("fresh-" + name);
        assertFalse(new SiteBuilder().build(content, fresh).failed());
        DeterminismTest.assertSameFiles(fresh, site);
        try (var folders = Files.walk(site)) {
            assertTrue(folders.filter(Files::isDirectory).allMatch(SpareSiteTest::hasChildren), "no empty folder");
        }
    }

    private static boolean hasChildren(Path folder) {
        try (var children = Files.list(folder)) {
            return children.findAny().isPresent();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void edit(Path report) throws IOException {
        String text = Files.readString(report);
        String changed = text.replaceFirst("title: (.*)\n", "title: \\$1（第二次修改）\n");
        if (text.contains("（第二次修改）")) {
            changed = text.replaceFirst("title: (.*)（第二次修改）\n", "title: \\$1（第三次修改）\n");
        }
        assertFalse(changed.equals(text));
        Files.writeString(report, changed);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
