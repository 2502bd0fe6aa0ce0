package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.DemoContent;
import org.gongkai.model.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table printed in a money unit of its own, and amounts written with 万 or 元 in a cell. */
class TableMoneyUnitTest {

    static final String HEAD = DemoContent.FINAL_ACCOUNTS;

    @TempDir
    Path dir;

    private BuildResult build(String name, String report) throws IOException {
        Path content = DemoContent.write(dir.resolve(name), DemoContent.SITE_WITHOUT_CHARTS, Map.of("fa.yaml", report));
        BuildResult built = new SiteBuilder(1).build(content, dir.resolve(name + "-site"));
        assertFalse(built.failed(), built.diagnostics()::toString);
        return built;
    }

    private Document page(String name, String file) throws IOException {
        return Jsoup.parse(dir.resolve(name + "-site").resolve(file).toFile(), "UTF-8");
    }

    /**
     * By hand: 出国 1.2 + 车辆运行 3 + 接待 0.8 = 5 万元 (= 50000 元); shares 24%, 60%, 16%; 出国 completes
     * 1.2 / 2 = 60% of its budget. The same whether the table is written in 元 or 万元.
     */
    @Test
    void aThreePublicTableInYuanDerivesWhatTheSameFiguresInWanYuanDerive() throws IOException {
        build("yuan", HEAD + """
                three-public:
                  money-unit: 元
                  budget: { abroad: 20000, vehicle-operation: 30000, reception: 10000 }
                  actual: { abroad: 12000, vehicle-operation: 30000, reception: 8000 }
                """);
        build("wan", HEAD + """
                three-public:
                  budget: { abroad: 2, vehicle-operation: 3, reception: 1 }
                  actual: { abroad: 1.2, vehicle-operation: 3, reception: 0.8 }
                """);
        Element yuan = page("yuan", "units/demo/2023/fa/index.html").selectFirst("table[data-table=three-public]");
        Element wan = page("wan", "units/demo/2023/fa/index.html").selectFirst("table[data-table=three-public]");
        assertTrue(yuan.selectFirst("caption").text().contains("单位：元"), yuan.selectFirst("caption").text());
        assertTrue(wan.selectFirst("caption").text().contains("单位：万元"), wan.selectFirst("caption").text());
        List<String> yuanTotal = yuan.select("tbody tr").get(0).select("td").stream().map(Element::text).toList();
        assertEquals(List.of("60000", "50000", "83.33%", "100.00%"), yuanTotal);
        for (int row = 0; row < 6; row++) {
            List<String> y = yuan.select("tbody tr").get(row).select("td").stream().map(Element::text).toList();
            List<String> w = wan.select("tbody tr").get(row).select("td").stream().map(Element::text).toList();
            assertEquals(w.subList(2, 4), y.subList(2, 4), "completion and share, row " + row);
        }
        assertEquals(List.of("20000", "12000", "60.00%", "24.00%"), yuan.select("tbody tr").get(1).select("td").stream().map(Element::text).toList());
        // The key figure is in the report's unit: the comparison page shows 5 万元 for both.
        String compareYuan = page("yuan", "compare/2023/index.html").selectFirst("[data-table=compare] tbody tr").text();
        String compareWan = page("wan", "compare/2023/index.html").selectFirst("[data-table=compare] tbody tr").text();
        assertEquals(compareWan.replace("5.0", "5"), compareYuan);
        String csv = Files.readString(dir.resolve("yuan-site/units/demo/2023/fa/three-public.csv"));
        assertTrue(csv.contains("合计,60000,50000,83.33%,100.00%"), csv);
    }

    @Test
    void amountsWrittenWithAUnitAreReadWithAWarningAtTheirPlace() throws IOException {
        BuildResult built = build("units", HEAD.replace("general-budget: 100", "general-budget: 100\n  other: 593.57万元")
                .replace("project: 40", "project: 40\noperating-costs: 12,000元"));
        List<Diagnostic> warnings = built.diagnostics().stream().filter(d -> d.rule().equals("schema.amount-unit")).toList();
        assertEquals(2, warnings.size(), warnings::toString);
        assertEquals(7, warnings.get(0).position().line());
        assertEquals(10, warnings.get(0).position().column());
        assertTrue(warnings.get(0).message().contains("按 593.57（万元）读取"), warnings.get(0).message());
        assertEquals(11, warnings.get(1).position().line());
        assertTrue(warnings.get(1).message().contains("换算为本表单位万元，读作 1.2"), warnings.get(1).message());
        String page = page("units", "units/demo/2023/fa/index.html").text();
        assertTrue(page.contains("机关运行经费支出 1.2万元"), page);
        assertTrue(page.contains("693.57"), "income total 100 + 593.57");
    }
}
