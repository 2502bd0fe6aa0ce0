package org.gongkai.render;

import org.gongkai.model.ControlCharacters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.SampleContent;
import org.gongkai.model.Diagnostic;
import org.gongkai.site.BuildResult;
import org.gongkai.site.OutputFolder;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A NUL, an ESC (\e[2J clears a terminal) or any other control character in content is never published. */
class ControlCharactersTest {

    /** A control character as JSON escapes it (tab and line breaks are written \\t, \\n, \\r). */
    private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile("\\\\u00([01][0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])");

    @TempDir
    Path dir;

    @Test
    void removesWhatXmlAndHtmlCannotHoldAndKeepsTheRest() {
        String text = "剑阁\t县\r\n医保局 😀";
        assertSame(text, ControlCharacters.remove(text));
        assertEquals("ab[2Jcdefg😀h", ControlCharacters.remove("a\u0000b\u001b[2Jc\u007fd\u0085e\u000b\u000cf\uFFFEg\uD83D\uDE00\uD800h\uDC00"));
    }

    /**
     * The repro: a \0 and an ESC in a title reached the HTML raw. Whether the loader refuses them or
     * the site is built, no published page, feed, sitemap or download holds one.
     */
    @Test
    void aTitleWithNulAndEscapeReachesNoPublishedFile() throws IOException {
        Path content = SampleContent.copyTo(dir);
        SampleContent.edit(content, "units/wuhai/2023/medical-service-capacity.yaml",
                "title: 乌海市医疗保障局转移支付整体绩效自评表（2023年度）",
                "title: \"乌海市医疗保障局\\0转移支付\\e[2J整体绩效自评表（2023年度）\\x85\"");
        SampleContent.edit(content, "units/wuhai/unit.yaml", "name: 乌海市医疗保障局", "name: \"乌海市\\x07医疗保障局\"");
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuilder(1).build(content, site);
        if (result.failed()) {
            assertTrue(result.diagnostics().stream().anyMatch(Diagnostic::isError), result.diagnostics()::toString);
            assertFalse(Files.exists(site));
            return;
        }
        List<String> checked = new ArrayList<>();
        for (String path : OutputFolder.list(site)) {
            if (path.matches(".*\\.(html|xml|csv|json|txt)")) {
                String text = Files.readString(site.resolve(path), StandardCharsets.UTF_8);
                assertEquals(ControlCharacters.remove(text), text, path);
                assertFalse(ESCAPED.matcher(text).find(), path);
                checked.add(path);
            }
        }
        String page = Files.readString(site.resolve("units/wuhai/2023/medical-service-capacity/index.html"));
        assertTrue(page.contains("乌海市医疗保障局转移支付[2J整体绩效自评表（2023年度）"), "the title is there without them");
        assertTrue(checked.contains("feed.xml") && checked.contains("units/wuhai/index.html") && checked.size() > 50, checked::toString);
    }
}
