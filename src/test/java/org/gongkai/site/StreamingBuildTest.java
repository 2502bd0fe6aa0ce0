package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.SampleContent;
import org.gongkai.corpus.CorpusGenerator;
import org.gongkai.model.Diagnostic;
import org.gongkai.render.RenderedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build takes the units one at a time and keeps only summaries of their reports; the preview and
 * the tests render the whole site loaded at once. Both must give the same site, byte for byte.
 */
class StreamingBuildTest {

    @TempDir
    Path dir;

    @Test
    void aBuildOfTheSampleEqualsTheSampleRenderedWhole() throws IOException {
        assertBuildEqualsWholeRendering(SampleContent.SAMPLE, false, "sample");
    }

    @Test
    void aReviewersBuildEqualsTheWholeRenderingWithItsAuditPages() throws IOException {
        List<String> files = assertBuildEqualsWholeRendering(SampleContent.SAMPLE, true, "audit");
        assertTrue(files.contains("audit.html"));
    }

    @Test
    void aBuildOfAGeneratedPortalEqualsItRenderedWhole() throws IOException {
        Path content = new CorpusGenerator(7, 3, 2021, 5).write(dir.resolve("generated"), u -> { });
        List<String> files = assertBuildEqualsWholeRendering(content, false, "generated");
        assertTrue(files.contains("compare/2023/index.html"), files::toString);
        assertTrue(files.contains("indicators/index.html"));
    }

    /**
     * Errors in several units are all reported, in the order check gives them, and nothing is written;
     * as with check, a file that cannot be read hides the other units' findings until it is mended.
     */
    @Test
    void aBuildReportsWhatCheckReportsAcrossUnitsAndWritesNothing() throws IOException {
        Path content = new CorpusGenerator(4, 1, 2021, 5).write(dir.resolve("broken"), u -> { });
        for (String unit : List.of("shili-0002", "shili-0004")) {
            Path file = content.resolve("units/" + unit + "/2021/final-accounts.yaml");
            Files.writeString(file, Files.readString(file).replaceFirst("insured: \\d+", "insured: -5"));
        }
        Path out = dir.resolve("broken-site");
        SiteBuilder builder = new SiteBuilder();
        BuildResult built = builder.build(content, out);
        List<Diagnostic> checked = builder.check(content).diagnostics();
        assertEquals(checked, built.diagnostics());
        assertEquals(List.of("units/shili-0002/2021/final-accounts.yaml", "units/shili-0004/2021/final-accounts.yaml"),
                built.diagnostics().stream().filter(Diagnostic::isError)
                        .map(d -> content.relativize(Path.of(d.position().file())).toString()).toList());
        assertFalse(Files.exists(out));

        Path unreadable = content.resolve("units/shili-0003/2021/department-evaluation.yaml");
        Files.writeString(unreadable, Files.readString(unreadable) + "\nscore: [\n");
        built = builder.build(content, out);
        assertEquals(builder.check(content).diagnostics(), built.diagnostics());
        assertEquals(List.of("units/shili-0003/2021/department-evaluation.yaml"),
                built.diagnostics().stream().filter(Diagnostic::isError)
                        .map(d -> content.relativize(Path.of(d.position().file())).toString()).toList());
        assertFalse(Files.exists(out));
    }

    /** @return the files of the site */
    private List<String> assertBuildEqualsWholeRendering(Path content, boolean audit, String name) throws IOException {
        SiteBuilder builder = new SiteBuilder();
        Path out = dir.resolve("site-" + name);
        BuildResult built = builder.build(content, out, audit);
        assertFalse(built.failed(), built.diagnostics()::toString);
        SiteBuilder.Checked checked = builder.check(content);
        SiteBuilder.Rendered whole = builder.render(content, checked, audit);
        assertEquals(whole.diagnostics(), built.diagnostics());
        Map<String, byte[]> expected = new TreeMap<>();
        for (RenderedFile file : whole.files()) {
            expected.put(file.path(), file.bytes());
        }
        List<String> files = OutputFolder.list(out);
        assertEquals(List.copyOf(expected.keySet()), files);
        for (String file : files) {
            assertArrayEquals(expected.get(file), Files.readAllBytes(out.resolve(file)), file);
        }
        assertEquals(whole.files().size(), built.files());
        return files;
    }
}
