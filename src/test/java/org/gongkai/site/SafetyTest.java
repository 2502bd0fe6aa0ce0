package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.SampleContent;
import org.gongkai.corpus.CorpusGenerator;
import org.gongkai.model.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a published site must never do: run a script it did not mean to, escape its folder, or lose the old site. */
class SafetyTest {

    @TempDir
    Path dir;

    @Test
    void everyYamlValueReachesThePageEscaped() throws IOException {
        Path content = SampleContent.copyTo(dir);
        String wuhai = "units/wuhai/2023/medical-service-capacity.yaml";
        SampleContent.edit(content, wuhai, "title: 乌海市医疗保障局转移支付整体绩效自评表（2023年度）",
                "title: \"<script>alert(1)</script>乌海\"");
        SampleContent.edit(content, wuhai, "actual: 7家", "actual: \"<img src=x onerror=alert(1)>7家\"");
        Path site = dir.resolve("site");
        assertFalse(new SiteBuilder().build(content, site).failed());
        Document page = Jsoup.parse(site.resolve("units/wuhai/2023/medical-service-capacity/index.html").toFile(), "UTF-8");
        assertTrue(page.select("script:not([src]):not([type=application/ld+json])").isEmpty(), "no inline script got through");
        // The report's Dataset (JSON-LD, a data block no browser runs) holds the title as JSON text, its < escaped.
        assertEquals(1, page.select("script[type=application/ld+json]").size());
        String dataset = page.selectFirst("script[type=application/ld+json]").data();
        assertTrue(dataset.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e乌海") && !dataset.contains("<"), dataset);
        assertTrue(page.select("img[onerror], [onerror]").isEmpty(), "no event handler got through");
        assertTrue(page.selectFirst("h1").text().startsWith("<script>alert(1)</script>"), "shown as text");
        String html = Files.readString(site.resolve("units/wuhai/2023/medical-service-capacity/index.html"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void idsThatCouldLeaveTheirFolderAreRefused() throws IOException {
        // ("..", "/" and absolute names cannot be folder names; dot-folders are skipped like editors' files.)
        for (String id : List.of("Wuhai", "wu hai", "乌海", "-x", "a.b", "ｗｕｈａｉ", "a\u202Eb")) {
            Path root = Files.createTempDirectory(dir, "ids");
            Path content = SampleContent.copyTo(root);
            Files.move(content.resolve("units/wuhai"), content.resolve("units").resolve(id));
            BuildResult result = new SiteBuilder().build(content, root.resolve("site"));
            String shown = id;
            assertTrue(result.failed(), () -> id(shown) + " must be refused");
            Diagnostic error = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
            assertEquals("content.bad-id", error.rule(), error::toString);
            assertFalse(Files.exists(root.resolve("site")), "nothing written");
        }
        Path content = SampleContent.copyTo(Files.createTempDirectory(dir, "report"));
        Files.move(content.resolve("units/wuhai/2023/medical-service-capacity.yaml"),
                content.resolve("units/wuhai/2023/Medical Service.yaml"));
        BuildResult result = new SiteBuilder().build(content, content.resolveSibling("site"));
        assertEquals("content.bad-id", result.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                .orElseThrow().rule());
    }

    private static String id(String id) {
        return "“" + id + "”";
    }

    /** A build killed in the middle (kill -9) leaves the previous site complete, and the next build goes on. */
    @Test
    void aKilledBuildLeavesThePreviousSiteComplete() throws Exception {
        Path content = new CorpusGenerator(15, 2, 2022, 5).write(dir.resolve("corpus"), unit -> { });
        Path site = dir.resolve("site");
        assertFalse(new SiteBuilder().build(SampleContent.SAMPLE, site).failed());
        List<String> before = OutputFolder.list(site);
        byte[] home = Files.readAllBytes(site.resolve("index.html"));

        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.gongkai.cli.Main", "build",
                "--content", content.toString(), "--out", site.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        Path staging = site.resolveSibling(".site.staging");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.isDirectory(staging.resolve("units")) && System.nanoTime() < deadline && build.isAlive()) {
            Thread.sleep(20);
        }
        assertTrue(build.isAlive(), "the build was still writing when it was killed");
        build.destroyForcibly().waitFor();
        assertEquals(before, OutputFolder.list(site), "the previous site is complete");
        assertTrue(java.util.Arrays.equals(home, Files.readAllBytes(site.resolve("index.html"))));

        BuildResult next = new SiteBuilder().build(content, site);
        assertFalse(next.failed());
        assertTrue(Files.isRegularFile(site.resolve("units/shili-0015/index.html")));
        assertFalse(Files.exists(staging), "the next build cleared what the killed one left");
    }

    /** The output folder is the only place gongkai deletes from, so it may not be one that holds anything else. */
    @Test
    void refusesOutputFoldersThatWouldDestroySomethingElse() throws IOException {
        Path root = dir.resolve("project");
        Path content = SampleContent.copyTo(root);
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        for (Path out : List.of(content, root, dir, content.resolve("site"), Path.of("").toAbsolutePath(),
                Path.of("/"))) {
            BuildResult result = new SiteBuilder().build(content, out);
            assertTrue(result.failed(), out + " must be refused");
            assertEquals("output.unsafe", result.diagnostics().get(0).rule(), out.toString());
        }
        assertTrue(Files.isRegularFile(content.resolve("site.yaml")), "the content is untouched");
        assertTrue(Files.isRegularFile(root.resolve("pom.xml")), "the project is untouched");
        assertFalse(new SiteBuilder().build(content, root.resolve("site")).failed(), "a sibling folder is fine");
    }

    /**
     * A report is read once, by the loader, which refuses links out of the content folder: what its page
     * publishes as source.yaml is what was checked, even if the file is swapped for a link to a secret
     * before the pages are rendered.
     */
    @Test
    void sourceYamlIsWhatTheLoaderReadNotTheFileAgain() throws IOException {
        Path content = SampleContent.copyTo(dir);
        Path report = content.resolve("units/wuhai/2023/medical-service-capacity.yaml");
        String checkedYaml = Files.readString(report);
        SiteBuilder builder = new SiteBuilder(1);
        SiteBuilder.Checked checked = builder.check(content);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:secret");
        Files.delete(report);
        Files.createSymbolicLink(report, secret);
        byte[] source = builder.render(content, checked, false).files().stream()
                .filter(f -> f.path().equals("units/wuhai/2023/medical-service-capacity/source.yaml"))
                .findFirst().orElseThrow().content();
        assertEquals(checkedYaml, new String(source, java.nio.charset.StandardCharsets.UTF_8));
    }
}
