package org.gongkai.site;

import static org.gongkai.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongkai.SampleContent;
import org.gongkai.cli.Main;
import org.gongkai.cli.MainTest.Run;
import org.gongkai.corpus.CorpusGenerator;
import org.gongkai.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gongkai replaces only a folder it can tell is its own output (or an empty or missing one), never a
 * file, never a stranger's folder beside it, and one build at a time.
 */
class OutputOwnershipTest {

    @TempDir
    Path dir;

    private Run build(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--content", SampleContent.SAMPLE.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void aFolderGongkaiDidNotBuildIsRefusedAndLeftIntact() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("thesis.txt"), "x");
        Run run = build(docs);
        assertEquals(Main.DATA_ERRORS, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("[output.foreign]") && run.err().contains("不是 gongkai 生成的网站"), run.err());
        assertTrue(run.err().contains("thesis.txt") && run.err().contains("--force"), "says what is in the way and how to go on: " + run.err());
        assertEquals("x", Files.readString(docs.resolve("thesis.txt")));
        try (var entries = Files.list(dir)) {
            assertEquals(List.of("docs"), entries.map(p -> p.getFileName().toString()).toList(), "nothing written beside it either");
        }
    }

    @Test
    void withForceItIsReplacedAndIsGongkaisFromThenOn() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("thesis.txt"), "x");
        Run forced = build(docs, "--force");
        assertEquals(Main.OK, forced.exit(), forced.err());
        assertFalse(Files.exists(docs.resolve("thesis.txt")));
        assertTrue(Files.isRegularFile(docs.resolve("index.html")));
        Files.writeString(docs.resolve("stale.html"), "by hand");
        Files.writeString(docs.resolve("index.html"), "changed by hand");
        Run next = build(docs);
        assertEquals(Main.OK, next.exit(), next.err());
        assertFalse(Files.exists(docs.resolve("stale.html")), "a site gongkai built is replaced without --force");
    }

    @Test
    void aFileIsNeverReplacedByTheSite() throws IOException {
        Path file = Files.writeString(dir.resolve("some-file.docx"), "a clerk's document");
        for (String[] more : new String[][] {{}, {"--force"}}) {
            Run run = build(file, more);
            assertEquals(Main.DATA_ERRORS, run.exit(), run.out() + run.err());
            assertTrue(run.err().contains("[output.not-folder]") && run.err().contains("是一个文件"), run.err());
            assertEquals("a clerk's document", Files.readString(file));
        }
        Path link = Files.createSymbolicLink(dir.resolve("link"), Files.createDirectories(dir.resolve("www")));
        Run run = build(link, "--force");
        assertEquals(Main.DATA_ERRORS, run.exit(), run.err());
        assertTrue(Files.isSymbolicLink(link), "a link is not replaced by a folder either");
    }

    @Test
    void theSitesOwnThemeIsRefusedEvenWithForce() throws IOException {
        Path root = dir.resolve("project");
        Path content = SampleContent.copyTo(root);
        Path theme = Files.createDirectories(root.resolve("templates"));
        Files.writeString(theme.resolve("layout.ftlh"), "<#-- the site's own layout -->");
        for (Path out : List.of(theme, theme.resolve("site"))) {
            BuildResult result = new SiteBuilder().build(content, out, false, org.gongkai.render.Progress.NONE, OutputPolicy.FORCE);
            assertTrue(result.failed(), out + " must be refused");
            assertEquals("output.unsafe", result.diagnostics().get(0).rule());
            assertTrue(result.diagnostics().get(0).message().contains("模板"), result.diagnostics().get(0).message());
        }
        assertEquals("<#-- the site's own layout -->", Files.readString(theme.resolve("layout.ftlh")));
        try (var entries = Files.list(theme)) {
            assertEquals(List.of("layout.ftlh"), entries.map(p -> p.getFileName().toString()).toList());
        }
        Run run = run("build", "--content", content.toString(), "--out", theme.toString());
        assertEquals(Main.DATA_ERRORS, run.exit(), run.err());
    }

    @Test
    void anEmptyOrMissingFolderIsFine() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(Main.OK, build(empty).exit());
        assertTrue(Files.isRegularFile(empty.resolve("index.html")));
        Path missing = dir.resolve("a/b/missing");
        assertEquals(Main.OK, build(missing).exit());
        assertTrue(Files.isRegularFile(missing.resolve("index.html")));
    }

    /** A site built by the version before this one has only its manifest beside it: that is enough. */
    @Test
    void aSiteBuiltByThePreviousVersionIsReplaced() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("old.html"), "from the previous version");
        Files.createDirectories(dir.resolve(".site.gongkai"));
        Files.writeString(dir.resolve(".site.gongkai/manifest.json"), "{\"inputs\":\"old\",\"tasks\":{},\"charts\":{}}");
        Run run = build(site);
        assertEquals(Main.OK, run.exit(), run.err());
        assertFalse(Files.exists(site.resolve("old.html")));
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    @Test
    void aStrangersFolderNamedLikeGongkaisOwnIsNeverDeleted() throws IOException {
        for (String name : List.of(".site.staging", ".site.previous", ".site.spare", ".site.gongkai")) {
            Path root = Files.createDirectories(dir.resolve("p" + name));
            Path theirs = Files.createDirectories(root.resolve(name));
            Files.writeString(theirs.resolve("notes.txt"), "mine");
            for (String[] more : new String[][] {{}, {"--force"}}) {
                Run run = build(root.resolve("site"), more);
                assertEquals(Main.DATA_ERRORS, run.exit(), name + " " + run.out() + run.err());
                assertTrue(run.err().contains(theirs.toString()) && run.err().contains("不是 gongkai 留下的"), run.err());
                assertEquals("mine", Files.readString(theirs.resolve("notes.txt")), name);
                assertFalse(Files.exists(root.resolve("site")), name);
            }
        }
    }

    /** A first build killed while writing left its staging folder and no site: that folder is gongkai's to clear. */
    @Test
    void theStagingFolderOfAnInterruptedFirstBuildIsCleared() throws IOException {
        Path site = dir.resolve("site");
        new OutputFolder(site).stage().accept(new org.gongkai.render.RenderedFile("half.html", new byte[] {1}));
        assertTrue(Files.isRegularFile(dir.resolve(".site.staging/half.html")), "left as a killed build leaves it");
        Run run = build(site);
        assertEquals(Main.OK, run.exit(), run.err());
        assertFalse(Files.exists(dir.resolve(".site.staging")));
        assertFalse(Files.exists(site.resolve("half.html")));
    }

    @Test
    void twoBuildsAtOnceBothEndCleanlyAndTheSiteIsComplete() throws Exception {
        Path content = new CorpusGenerator(4, 2, 2022, 3).write(dir.resolve("corpus"), u -> { });
        Path expected = dir.resolve("expected");
        assertFalse(new SiteBuilder(1).build(content, expected).failed());
        Path site = dir.resolve("site");
        for (int round = 0; round < 2; round++) {
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                List<Future<BuildResult>> builds = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    builds.add(two.submit(() -> {
                        start.await();
                        return new SiteBuilder(1).build(content, site);
                    }));
                }
                for (Future<BuildResult> build : builds) {
                    BuildResult result = build.get();
                    assertFalse(result.failed(), () -> result.diagnostics().toString());
                }
            } finally {
                two.shutdown();
            }
            assertEquals(OutputFolder.list(expected), OutputFolder.list(site), "round " + round);
            Files.writeString(content.resolve("units/shili-0001/unit.yaml"), "\n# round " + round + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
        }
        try (var entries = Files.list(dir)) {
            assertFalse(entries.anyMatch(p -> p.getFileName().toString().equals(".site.staging")), "no staging folder left");
        }
    }

    @Test
    void aBuildThatCannotGetTheLockRefusesClearly() throws IOException {
        Path site = dir.resolve("site");
        assertFalse(new SiteBuilder().build(SampleContent.SAMPLE, site).failed());
        List<String> before = OutputFolder.list(site);
        Path lock = dir.resolve(".site.gongkai/lock");
        try (var channel = java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); var held = channel.lock()) {
            Files.writeString(site.resolve("index.html"), "touched, so that the build has work to do");
            BuildResult result = new SiteBuilder().build(SampleContent.SAMPLE, site, false, org.gongkai.render.Progress.NONE,
                    new OutputPolicy(false, java.time.Duration.ofMillis(300)));
            assertTrue(result.failed());
            Diagnostic busy = result.diagnostics().get(0);
            assertEquals("output.busy", busy.rule());
            assertTrue(busy.message().contains("另一个构建正在写入") && busy.message().contains(site.toString()), busy.message());
        }
        assertEquals(before, OutputFolder.list(site), "nothing was touched");
        assertEquals("touched, so that the build has work to do", Files.readString(site.resolve("index.html")));
        assertFalse(new SiteBuilder().build(SampleContent.SAMPLE, site).failed(), "once the lock is free the build goes on");
    }

    /** A file where the output's parent folder should be: the build fails in Chinese, without a stack trace. */
    @Test
    void anOutputThatCannotBeWrittenGivesAChineseMessage() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain"), "not a folder");
        Run run = build(plain.resolve("site"));
        assertEquals(Main.DATA_ERRORS, run.exit());
        assertTrue(run.err().contains("gongkai 出错："), run.err());
        assertTrue(run.err().contains(plain.toString()) && run.err().contains("不是文件夹"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals("not a folder", Files.readString(plain));
    }

    /** A swap that fails half-way puts the previous site back. */
    @Test
    void aFailedSwapLeavesThePreviousSite() throws IOException {
        Path site = dir.resolve("site");
        assertFalse(new SiteBuilder().build(SampleContent.SAMPLE, site).failed());
        List<String> before = OutputFolder.list(site);
        OutputFolder folder = new OutputFolder(site);
        try (OutputFolder.Staging staging = folder.stage()) {
            Files.delete(dir.resolve(".site.staging"));
            org.junit.jupiter.api.Assertions.assertThrows(IOException.class, staging::commit);
        }
        assertEquals(before, OutputFolder.list(site));
        assertFalse(Files.exists(dir.resolve(".site.previous")));
    }
}
