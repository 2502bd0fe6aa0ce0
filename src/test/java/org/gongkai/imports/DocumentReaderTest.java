package org.gongkai.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real files read into the neutral document, value by value. */
class DocumentReaderTest {

    @TempDir
    Path folder;

    private final DocumentReader reader = new DocumentReader(ImportLimits.DEFAULT, "");

    @ParameterizedTest(name = "legacy .xls: {0}")
    @ValueSource(booleans = {false, true})
    void workbookKeepsSheetNamesCaptionsMergedHeadersAndNumbersAsDisplayed(boolean legacy) throws Exception {
        SourceDocument document = reader.read(SampleFiles.accountsWorkbook(folder, legacy));

        assertEquals(legacy ? SourceFormat.XLS : SourceFormat.XLSX, document.format());
        assertEquals(List.of("工作表“草稿”是隐藏的，没有导入"), document.notices());
        List<SourceTable> tables = document.tables();
        assertEquals(List.of("公开01表", "公开02表"), tables.stream().map(SourceTable::sheet).toList());
        assertEquals(List.of(1, 2), tables.stream().map(SourceTable::number).toList());
        SourceTable table = tables.get(0);
        assertEquals(List.of("收入支出决算总表", "公开01表", "编制单位：剑阁县医疗保障局", "单位：万元"), table.captions());
        assertEquals("单位：万元", table.unitLine());
        assertEquals("万元", table.moneyUnit());

        List<SourceCell> heads = table.rows().get(0);
        assertEquals(List.of("收入", "支出"), texts(heads));
        assertEquals(List.of(2, 2), heads.stream().map(SourceCell::colspan).toList());
        assertTrue(heads.stream().allMatch(SourceCell::header));
        assertTrue(table.rows().get(1).stream().allMatch(SourceCell::header));
        assertEquals(new CellOrigin(1, "公开01表", 4, 3), heads.get(1).origin());

        List<SourceCell> amounts = table.rows().get(2);
        assertEquals(List.of("一般公共预算财政拨款收入", "1,234.56", "社会保障和就业支出", "1234.56"), texts(amounts));
        assertEquals(new BigDecimal("1234.56"), amounts.get(1).number());
        assertEquals(new BigDecimal("1234.56"), amounts.get(3).number(), "binary noise shown as General");
        assertFalse(amounts.get(1).header());
        assertEquals("表1（公开01表） 第6行 第2列", amounts.get(1).origin().describe());
        List<SourceCell> others = table.rows().get(3);
        assertEquals(new BigDecimal("0.3"), others.get(1).number());
        assertEquals("1,234.86", others.get(3).text(), "a formula's cached value, formatted");
        assertEquals(new BigDecimal("1234.86"), others.get(3).number());
        List<SourceCell> carried = table.rows().get(4);
        assertEquals(new BigDecimal("1234.50"), carried.get(1).number(), "a number typed as text, scale kept");
        assertEquals("—", carried.get(3).text());
        assertNull(carried.get(3).number());
        assertNull(carried.get(0).number());
        assertEquals(5, table.rows().size());
    }

    @Test
    void wordTableKeepsMergedHeaderCellsAndTheUnitLineBeforeIt() throws Exception {
        SourceDocument document = reader.read(SampleFiles.reportDocx(folder));

        assertEquals(SourceFormat.DOCX, document.format());
        assertEquals(new Heading(1, "一、部门基本情况"), document.blocks().get(0));
        assertEquals(new Paragraph("剑阁县医疗保障局为县政府工作部门。"), document.blocks().get(1));
        assertEquals(new Paragraph("单位：万元"), document.blocks().get(2));
        SourceTable table = (SourceTable) document.blocks().get(3);
        assertEquals("单位：万元", table.unitLine());
        assertEquals(List.of(), table.captions());
        List<SourceCell> first = table.rows().get(0);
        assertEquals(List.of("项目", "金额"), texts(first));
        assertEquals(2, first.get(0).rowspan());
        assertEquals(1, first.get(0).colspan());
        assertEquals(2, first.get(1).colspan());
        assertTrue(first.get(0).header(), "a repeated header row is a header");
        assertEquals(List.of("年初预算", "决算数"), texts(table.rows().get(1)));
        assertEquals(new CellOrigin(1, null, 2, 2), table.rows().get(1).get(0).origin(), "grid column after the merged cell");
        List<SourceCell> basic = table.rows().get(2);
        assertEquals(List.of("基本支出", "392.51", "1,234.56"), texts(basic));
        assertFalse(basic.get(1).header());
        assertEquals(new BigDecimal("392.51"), basic.get(1).number());
        assertEquals(new BigDecimal("1234.56"), basic.get(2).number());
        assertEquals(new BigDecimal("3037.40"), table.rows().get(3).get(1).number());
        assertNull(table.rows().get(3).get(2).number(), "约3000 is not a number");
        assertEquals("表1 第4行 第3列", table.rows().get(3).get(2).origin().describe());
    }

    @Test
    void governmentPageGivesTheArticleAndItsHeaderAsMetadata() throws Exception {
        Path page = folder.resolve("jiange-2022.html");
        Files.writeString(page, CMS_PAGE, Charset.forName("GBK"));

        SourceDocument document = reader.read(page);

        assertEquals("511023-0123/2023-00045", document.metadata().get("索引号"));
        assertEquals("剑阁县医疗保障局", document.metadata().get("发布机构"));
        assertEquals("2023-09-12", document.metadata().get("发布日期"));
        assertEquals("剑阁县医疗保障局2022年度部门决算公开_剑阁县人民政府", document.metadata().get("网页标题"));
        String all = document.blocks().stream().map(Object::toString).collect(Collectors.joining("\n"));
        for (String navigation : List.of("网站首页", "政务公开", "当前位置", "主办单位", "蜀ICP备", "索引号", "打印本页")) {
            assertFalse(all.contains(navigation), navigation + " in " + all);
        }
        assertEquals(new Heading(1, "剑阁县医疗保障局2022年度部门决算"), document.blocks().get(0));
        assertEquals(new Heading(2, "第一部分 部门概况"), document.blocks().get(1));
        assertEquals(new Paragraph("剑阁县医疗保障局是县政府工作部门。"), document.blocks().get(2));
        assertEquals(new Paragraph("主要职能：拟订医疗保障制度。"), document.blocks().get(3));
        SourceTable table = document.tables().get(0);
        assertEquals(List.of("收入支出决算总表", "公开01表", "单位：万元"), table.captions());
        assertEquals("万元", table.moneyUnit());
        List<SourceCell> head = table.rows().get(0);
        assertEquals(List.of("项目", "收入", "支出"), texts(head));
        assertEquals(2, head.get(0).rowspan());
        assertEquals(2, head.get(1).colspan());
        assertTrue(head.get(0).header());
        List<SourceCell> row = table.rows().get(2);
        assertEquals(new BigDecimal("3429.91"), row.get(1).number());
        assertEquals(new BigDecimal("-12.50"), row.get(2).number());
        assertEquals(new CellOrigin(1, null, 6, 4), row.get(3).origin(), "caption rows counted");
        assertEquals(new Paragraph("附件：2022年度部门决算公开表"), document.blocks().get(document.blocks().size() - 1));
    }

    @Test
    void pdfGivesItsTextAndSaysWhereItsTablesMustComeFrom() throws Exception {
        Path pdf = SampleFiles.pdf(folder, "report.pdf", "Budget execution was 95.5 percent.", "", "Second line.");

        SourceDocument document = reader.read(pdf);

        assertEquals(SourceFormat.PDF, document.format());
        String text = document.blocks().stream().map(block -> ((Paragraph) block).text()).collect(Collectors.joining("|"));
        assertTrue(text.contains("Budget execution was 95.5 percent."), text);
        assertTrue(text.contains("Second line."), text);
        assertEquals(List.of(PdfReader.TABLES_NOTICE), document.notices());
        assertTrue(document.tables().isEmpty());
    }

    @Test
    void aDocIsConvertedByLibreOfficeInATemporaryFolderThenReadAsWord() throws Exception {
        Path converted = SampleFiles.reportDocx(Files.createDirectory(folder.resolve("converted")));
        Path bin = Files.createDirectory(folder.resolve("bin"));
        Path arguments = folder.resolve("arguments.txt");
        Path soffice = bin.resolve("soffice");
        Files.writeString(soffice, "#!/bin/sh\necho \"$@\" > '" + arguments + "'\n"
                + "while [ \"$1\" != --outdir ]; do shift; done\ncp '" + converted + "' \"$2/source.docx\"\n");
        Files.setPosixFilePermissions(soffice, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path doc = folder.resolve("-旧报告.doc");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
                java.io.OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }

        SourceDocument document = new DocumentReader(ImportLimits.DEFAULT, bin.toString()).read(doc);

        assertEquals("-旧报告.doc", document.fileName());
        assertEquals(SourceFormat.DOC, document.format());
        assertEquals(new Heading(1, "一、部门基本情况"), document.blocks().get(0));
        assertEquals(new BigDecimal("392.51"), document.tables().get(0).rows().get(2).get(1).number());
        String call = Files.readString(arguments);
        assertTrue(call.startsWith("--headless --norestore -env:UserInstallation=file:"), call);
        assertTrue(call.contains("--convert-to docx --outdir "), call);
        assertTrue(call.strip().endsWith("/source.doc"), "the clerk's file name never reaches the command line: " + call);
        assertFalse(Files.exists(Path.of(call.strip().replaceFirst(".* ", "")).getParent()), "temporary folder deleted");
    }

    @Test
    void numbersAreReadExactlyAsShown() {
        assertEquals(new BigDecimal("1234.56"), NumberText.parse("1,234.56"));
        assertEquals(new BigDecimal("1234.50"), NumberText.parse(" １２３４.５０ "));
        assertEquals(new BigDecimal("-3.2"), NumberText.parse("−3.2"));
        assertEquals(new BigDecimal("0"), NumberText.parse("0"));
        assertNull(NumberText.parse("95.5%"));
        assertNull(NumberText.parse("12,34.5"));
        assertNull(NumberText.parse("-"));
        assertNull(NumberText.parse("1".repeat(25)));
    }

    private static List<String> texts(List<SourceCell> cells) {
        return cells.stream().map(SourceCell::text).toList();
    }

    static final String CMS_PAGE = """
            <!DOCTYPE html>
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
            <title>剑阁县医疗保障局2022年度部门决算公开_剑阁县人民政府</title>
            <style>.nav{color:red}</style><script>var x = "网站首页";</script></head>
            <body>
            <div class="header"><div class="logo">剑阁县人民政府</div>
              <ul class="nav-list"><li><a href="/">网站首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
            <div class="main">
              <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
              <table class="xxgk-table">
                <tr><td>索引号：</td><td>511023-0123/2023-00045</td><td>发布机构：</td><td>剑阁县医疗保障局</td></tr>
                <tr><td>发布日期：</td><td>2023-09-12</td><td>主题分类：</td><td>财政预决算</td></tr>
              </table>
              <h1 class="title">剑阁县医疗保障局2022年度部门决算</h1>
              <div class="info">发布日期：2023-09-12　　浏览次数：128　<a href="javascript:print()">打印本页</a></div>
              <div id="zoom" class="TRS_Editor">
                <h2>第一部分 部门概况</h2>
                <p style="text-indent:2em">剑阁县医疗保障局是县政府<span style="font-weight:bold">工作部门</span>。</p>
                <div>主要职能：拟订医疗保障制度。</div>
                <table border="1" style="border-collapse:collapse;width:100%">
                  <tbody>
                  <tr><td colspan="4" style="text-align:center"><b>收入支出决算总表</b></td></tr>
                  <tr><td colspan="4" style="text-align:right">公开01表</td></tr>
                  <tr><td colspan="4">单位：万元</td></tr>
                  <tr><th rowspan="2">项目</th><th colspan="2">收入</th><th>支出</th></tr>
                  <tr><th>本年</th><th>上年</th><th>本年</th></tr>
                  <tr><td>一般公共预算</td><td style="text-align:right">3,429.91</td><td>-12.50</td><td>&nbsp;3429.91&nbsp;</td></tr>
                  </tbody>
                </table>
                <p>附件：2022年度部门决算公开表</p>
              </div>
            </div>
            <div class="footer"><p>主办单位：剑阁县人民政府办公室</p><p>蜀ICP备00000000号</p></div>
            </body></html>
            """;
}
