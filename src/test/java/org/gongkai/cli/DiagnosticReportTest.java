package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.DemoContent;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content reaches the terminal inside messages (a value quoted back, a file's name): an
 * {@code ESC [2J} there must show as text, not clear the clerk's screen.
 */
class DiagnosticReportTest {

    private static final String ESC = "\u001b";
    /** What a terminal acts on: C0 but tab and line breaks, DEL, C1, and the Unicode line separators. */
    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u2028\\u2029]");

    @TempDir
    Path dir;

    /** A value with an escaped ESC and a stray file whose name has one, through `check` in both formats. */
    @Test
    void controlCharactersFromContentAreShownNotSent() throws IOException {
        Path content = DemoContent.write(dir.resolve("content"), DemoContent.SITE, Map.of("fa.yaml",
                DemoContent.FINAL_ACCOUNTS.replace("year: 2023", "year: \"2023\\x1b[2J\\u0085\"")));
        Path year = content.resolve(DemoContent.YEAR_FOLDER);
        Files.writeString(year.resolve("notes" + ESC + "[2J.txt"), "备忘");

        MainTest.Run text = MainTest.run("check", "--content", content.toString());
        assertEquals(Main.DATA_ERRORS, text.exit());
        assertTrue(text.err().contains("2023\\u001B[2J\\u0085"), text.err());
        assertTrue(text.err().contains("notes\\u001B[2J.txt"), text.err());
        assertFalse(CONTROL.matcher(text.err()).find(), "no control character reaches the terminal");

        MainTest.Run json = MainTest.run("check", "--format", "json", "--content", content.toString());
        assertFalse(CONTROL.matcher(json.out()).find(), json.out());
        assertTrue(json.out().contains("\\u001B[2J\\u0085"), json.out());
        var parsed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        boolean asWritten = false;
        for (var d : parsed.get("diagnostics")) {
            asWritten |= d.get("message").asText().contains("2023" + ESC + "[2J\u0085");
        }
        assertTrue(asWritten, "tools read the text as it was");
    }

    /** One diagnostic a line: a line break in a quoted value is shown, not printed. */
    @Test
    void aMessageStaysOnOneLine() {
        java.io.StringWriter out = new java.io.StringWriter();
        DiagnosticReport.print(List.of(Diagnostic.error("schema.type", new Position("a.yaml", 2, 3), "title",
                "应为数字，实际为“一\n二\r三\u2028四”")), new java.io.PrintWriter(out));
        String first = out.toString().lines().findFirst().orElseThrow();
        assertEquals("a.yaml:2:3: 错误 [schema.type] 字段 title：应为数字，实际为“一\\n二\\r三\\u2028四”", first);
        assertFalse(out.toString().contains("\u2028"));
    }
}
