package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.SampleContent;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV is opened in Excel by citizens: no cell of it may be a formula, and every figure stays a number. */
class DownloadsTest {

    @TempDir
    Path dir;

    @Test
    void cellsASpreadsheetWouldRunGetALeadingQuoteAndFiguresStayNumbers() {
        String html = """
                <table data-table="t"><caption>表</caption>
                <tr><th>项目</th><th>增减率</th></tr>
                <tr><td>=HYPERLINK("http://evil.example","P6")</td><td class="num">-12.5</td></tr>
                <tr><td>+1+2</td><td class="num">-3.2%</td></tr>
                <tr><td>-1+2</td><td class="num">+5</td></tr>
                <tr><td>@SUM(A1)</td><td class="num">-1,234.50</td></tr>
                <tr><td>&#9;=1+1</td><td>-</td></tr>
                <tr><td>a&#13;=1+1</td><td>≥90%</td></tr>
                </table>""";
        Map<String, byte[]> files = Downloads.forPage("a/", html, Map.of("title", "表"));
        String csv = new String(files.get("a/t.csv"), StandardCharsets.UTF_8);
        // (The page's reading of a cell strips white space at its ends, so &#9;=1+1 is =1+1, and makes a CR a space.)
        assertEquals("\uFEFF项目,增减率\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"P6\"\")\",-12.5\r\n"
                + "'+1+2,-3.2%\r\n"
                + "'-1+2,+5\r\n"
                + "'@SUM(A1),\"-1,234.50\"\r\n"
                + "'=1+1,'-\r\n"
                + "a =1+1,≥90%\r\n", csv);
        // data.json is data, not a sheet: the text as written.
        assertTrue(new String(files.get("a/data.json"), StandardCharsets.UTF_8)
                .contains("\"=HYPERLINK(\\\"http://evil.example\\\",\\\"P6\\\")\""));
    }

    @Test
    void aTableMadeInCodeIsNeutralisedToo() {
        byte[] csv = new TableData("k", "表", List.of(List.of("\t=1+1", "\r=1+1", "12", "-0.50", "+2%", "—", "-")))
                .csv();
        assertEquals("\uFEFF'\t=1+1,\"'\r=1+1\",12,-0.50,+2%,—,'-\r\n", new String(csv, StandardCharsets.UTF_8));
    }

    /** The repro: a formula typed into a report reached every CSV reader as a formula. */
    @Test
    void aFormulaInAReportIsTextInItsCsv() throws IOException {
        Path content = SampleContent.copyTo(dir);
        SampleContent.edit(content, "units/wuhai/2023/medical-service-capacity.yaml", "actual: 7家",
                "actual: '=HYPERLINK(\"http://evil.example\",\"P6\")'");
        Path site = dir.resolve("site");
        assertFalse(new SiteBuilder(1).build(content, site).failed());
        String csv = Files.readString(site.resolve("units/wuhai/2023/medical-service-capacity/indicators.csv"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"P6\"\")\""), csv);
        assertFalse(csv.contains(",\"=HYPERLINK") || csv.contains("\n=HYPERLINK"), csv);
    }
}
