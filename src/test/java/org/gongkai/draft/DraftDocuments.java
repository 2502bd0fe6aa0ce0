package org.gongkai.draft;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Small published documents built with POI for the import's tests: a 决算说明 (Word) and its 决算公开表
 * (Excel: 收入, 支出, 一般公共预算 科目, 基本支出 by 经济分类 with 人员经费 and 公用经费 side by side, “三公”经费
 * by 预算数/决算数 under merged headings, and a table no catalogue kind names, with a merged header and a
 * cell that prints no number), and a 转移支付绩效自评表 (Word) with every section in one table.
 */
public final class DraftDocuments {

    private DraftDocuments() {
    }

    /** 甲县医疗保障局2023年度部门决算: a heading and the 部门概况. */
    public static Path accountsReport(Path folder) throws IOException {
        Path file = folder.resolve("决算说明.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            heading(document, "Heading1", "甲县医疗保障局2023年度部门决算");
            heading(document, "Heading2", "第一部分 部门概况");
            document.createParagraph().createRun().setText("甲县医疗保障局是县政府工作部门，负责全县医疗保障工作。");
            write(document, file);
        }
        return file;
    }

    /** A 决算公开表 workbook: one sheet per table, title, number and 单位 rows, merged headers. */
    public static Path accountsWorkbook(Path folder) throws IOException {
        Path file = folder.resolve("决算公开表.xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet income = captioned(workbook, "公开02表", "收入决算表", 2);
            row(income, 3, "项目", "金额");
            row(income, 4, "一般公共预算财政拨款收入", 3429.91);
            row(income, 5, "其他收入", 0);
            row(income, 6, "本年收入合计", 3429.91);

            Sheet expenditure = captioned(workbook, "公开03表", "支出决算表", 2);
            row(expenditure, 3, "项目", "金额");
            row(expenditure, 4, "基本支出", 392.51);
            row(expenditure, 5, "项目支出", 3037.40);
            row(expenditure, 6, "本年支出合计", 3429.91);

            Sheet subjects = captioned(workbook, "公开05表", "一般公共预算财政拨款支出决算表", 6);
            row(subjects, 3, "科目编码", "科目名称", "全年预算数", "本年支出", "", "");
            merge(subjects, 3, 3, 3, 5);
            row(subjects, 4, "", "", "", "合计", "基本支出", "项目支出");
            merge(subjects, 3, 4, 0, 0);
            merge(subjects, 3, 4, 1, 1);
            merge(subjects, 3, 4, 2, 2);
            row(subjects, 5, "", "合计", 3429.91, 3429.91, 392.51, 3037.40);
            row(subjects, 6, "210", "卫生健康支出", 3429.91, 3429.91, 392.51, 3037.40);
            row(subjects, 7, "21015", "医疗保障管理事务", 3429.91, 3429.91, 392.51, 3037.40);
            row(subjects, 8, "2101501", "行政运行", 392.51, 392.51, 392.51, 0);
            row(subjects, 9, "2101599", "其他医疗保障管理事务支出", 3037.40, 3037.40, 0, 3037.40);

            Sheet basic = captioned(workbook, "公开06表", "一般公共预算财政拨款基本支出决算表", 6);
            row(basic, 3, "人员经费", "", "", "公用经费", "", "");
            merge(basic, 3, 3, 0, 2);
            merge(basic, 3, 3, 3, 5);
            row(basic, 4, "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数");
            row(basic, 5, "30101", "基本工资", 200.00, "30201", "办公费", 20.00);
            row(basic, 6, "30102", "津贴补贴", 145.91, "30299", "其他商品和服务支出", 26.60);
            row(basic, 7, "", "人员经费合计", 345.91, "", "公用经费合计", 46.60);

            Sheet three = captioned(workbook, "公开07表", "一般公共预算财政拨款“三公”经费支出决算表", 8);
            row(three, 3, "预算数", "", "", "", "决算数", "", "", "");
            merge(three, 3, 3, 0, 3);
            merge(three, 3, 3, 4, 7);
            row(three, 4, "合计", "因公出国（境）费", "公务用车运行维护费", "公务接待费", "合计", "因公出国（境）费", "公务用车运行维护费", "公务接待费");
            row(three, 5, 3.00, 0, 1.00, 2.00, 2.50, 0, 1.00, 1.50);

            Sheet projects = captioned(workbook, "公开09表", "部门预算项目资金分配表", 3);
            row(projects, 3, "项目", "资金", "");
            merge(projects, 3, 3, 1, 2);
            row(projects, 4, "", "年初", "调整后");
            merge(projects, 3, 4, 0, 0);
            row(projects, 5, "医保信息化", 10, 12);
            row(projects, 6, "经办能力建设", 5, "待定");
            row(projects, 7, "异地就医直接结算", 3, 4);
            write(workbook, file);
        }
        return file;
    }

    /**
     * 公开01表 and 公开02表 of one 决算, printing 一般公共预算财政拨款收入 differently (3429.91 and 3400), and the
     * 结转结余 the summary prints beside its 支出 side.
     */
    public static Path summaryAndIncome(Path folder) throws IOException {
        Path file = folder.resolve("公开表.xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet summary = captioned(workbook, "公开01表", "收入支出决算总表", 4);
            row(summary, 3, "收入", "", "支出", "");
            merge(summary, 3, 3, 0, 1);
            merge(summary, 3, 3, 2, 3);
            row(summary, 4, "项目", "决算数", "项目（按功能分类）", "决算数");
            row(summary, 5, "一、一般公共预算财政拨款收入", 3429.91, "卫生健康支出", 3429.91);
            row(summary, 6, "本年收入合计", 3429.91, "本年支出合计", 3429.91);
            row(summary, 7, "年初结转和结余", 12.5, "年末结转和结余", 12.5);
            Sheet income = captioned(workbook, "公开02表", "收入决算表", 2);
            row(income, 3, "项目", "金额");
            row(income, 4, "财政拨款收入（一般公共预算）", "");
            row(income, 5, "一般公共预算财政拨款收入", 3400);
            write(workbook, file);
        }
        return file;
    }

    /**
     * 决算公开表 as the standard forms print them: 公开01表 with 行次 columns and a 栏次 row, 公开03表 across
     * with its 合计 line, 公开05表 with 科目名称 but no 科目编码 (类, 款 and 项 only by their sums), and a
     * 公开08表 whose spending is all on the 未列明功能分类科目 line.
     */
    public static Path standardForms(Path folder) throws IOException {
        Path file = folder.resolve("公开表.xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet summary = captioned(workbook, "公开01表", "收入支出决算总表", 6);
            row(summary, 3, "收入", "", "", "支出", "", "");
            merge(summary, 3, 3, 0, 2);
            merge(summary, 3, 3, 3, 5);
            row(summary, 4, "项目", "行次", "决算数", "项目（按功能分类）", "行次", "决算数");
            row(summary, 5, "栏次", "", "1", "栏次", "", "2");
            row(summary, 6, "一般公共预算财政拨款收入", "1", 100, "卫生健康支出", "9", 100);
            row(summary, 7, "政府性基金预算财政拨款收入", "2", 20, "未列明功能分类科目的支出", "10", 20);
            row(summary, 8, "本年收入合计", "3", 120, "本年支出合计", "11", 120);
            row(summary, 9, "年初结转和结余", "4", 0, "年末结转和结余", "12", 0);

            Sheet expenditure = captioned(workbook, "公开03表", "支出决算表", 4);
            row(expenditure, 3, "项目", "本年支出合计", "基本支出", "项目支出");
            row(expenditure, 4, "栏次", "1", "2", "3");
            row(expenditure, 5, "合计", 120, 60, 60);

            Sheet subjects = captioned(workbook, "公开05表", "一般公共预算财政拨款支出决算表", 5);
            row(subjects, 3, "科目名称", "全年预算数", "本年支出", "", "");
            merge(subjects, 3, 4, 0, 0);
            merge(subjects, 3, 4, 1, 1);
            merge(subjects, 3, 3, 2, 4);
            row(subjects, 4, "", "", "合计", "基本支出", "项目支出");
            row(subjects, 5, "栏次", "1", "2", "3", "4");
            row(subjects, 6, "合计", 100, 100, 60, 40);
            row(subjects, 7, "卫生健康支出", 100, 100, 60, 40);
            row(subjects, 8, "医疗保障管理事务", 70, 70, 60, 10);
            row(subjects, 9, "行政运行", 60, 60, 60, 0);
            row(subjects, 10, "其他医疗保障管理事务支出", 10, 10, 0, 10);
            row(subjects, 11, "医疗救助", 30, 30, 0, 30);
            row(subjects, 12, "城乡医疗救助", 30, 30, 0, 30);

            Sheet fund = captioned(workbook, "公开08表", "政府性基金预算财政拨款收入支出决算表", 7);
            row(fund, 3, "科目名称", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余");
            merge(fund, 3, 3, 3, 5);
            for (int c : new int[] {0, 1, 2, 6}) {
                merge(fund, 3, 4, c, c);
            }
            row(fund, 4, "", "", "", "合计", "基本支出", "项目支出", "");
            row(fund, 5, "栏次", "1", "2", "3", "4", "5", "6");
            row(fund, 6, "合计", 0, 20, 20, 0, 20, 0);
            row(fund, 7, "未列明功能分类科目的支出", "", "", 20, 0, 20, "");
            write(workbook, file);
        }
        return file;
    }

    /** 乙市医疗保障局转移支付整体绩效自评表（2023年度）: 基本信息, 资金, 资金管理, 总体目标, 绩效指标 and 总分 in one table. */
    public static Path evaluationTable(Path folder) throws IOException {
        Path file = folder.resolve("自评表.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("乙市医疗保障局转移支付整体绩效自评表（2023年度）");
            document.createParagraph().createRun().setText("单位：万元");
            table(document, new String[][] {
                {"转移支付名称", "医疗服务与保障能力提升补助资金|c7"},
                {"资金投入情况（万元）|v", "", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A×100%）", "得分"},
                {"^", "年度资金总额：", "593.57", "593.57", "554.07", "10", "93.3%", "9"},
                {"^", "其中：中央财政资金", "414", "414", "373.6", "", "90.24%", ""},
                {"^", "地方财政资金", "179.57", "179.57", "180.47", "", "100.5%", ""},
                {"资金管理情况|v", "项目", "情况说明|c3", "分值（40）", "得分", "存在问题和改进措施"},
                {"^", "分配科学性", "按文件要求分配资金|c3", "20", "20", ""},
                {"^", "下达及时性", "按时下达|c3", "20", "19", "个别资金下达略晚"},
                {"总体目标|c4", "全年实际完成情况|c4"},
                {"提升医保信息化水平|c4", "完成医保信息平台建设|c4"},
                {"绩效指标|v", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"},
                {"^", "产出指标|v", "数量指标|v", "服务站数量", "≥10个", "12个", "20", "20"},
                {"^", "^", "^", "参保率", "≥95%", "96%", "20", "19"},
                {"^", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "十分"},
                {"总分|c6", "100", "96"},
            });
            document.createParagraph().createRun().setText("注：1.该表由中央主管部门填写。");
            document.createParagraph().createRun().setText("2.其他资金包括自有资金和社会资金。");
            write(document, file);
        }
        return file;
    }

    /**
     * 丁县医疗保障局2024年度部门决算 saved from the county's site: navigation and footer around the article,
     * 索引号/发布机构/发布日期, a 收入支出决算总表 with merged headings, a 支出决算表, a “三公”经费 table printed
     * in 元 and an empty 国有资本经营 table.
     */
    public static Path webPage(Path folder) throws IOException {
        Path file = folder.resolve("2024年度部门决算.html");
        Files.writeString(file, """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>丁县医疗保障局2024年度部门决算_丁县人民政府</title></head>
                <body>
                <div class="header"><ul class="nav"><li><a href="/">网站首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
                <div class="main">
                  <table class="xxgk">
                    <tr><td>索引号：</td><td>0001/2024-00012</td><td>发布机构：</td><td>丁县人民政府办公室</td></tr>
                    <tr><td>发布日期：</td><td>2024-08-30</td><td>主题分类：</td><td>财政预决算</td></tr>
                  </table>
                  <h1>丁县医疗保障局2024年度部门决算</h1>
                  <div id="zoom">
                    <h2>第一部分 部门概况</h2>
                    <p style="text-indent:2em">丁县医疗保障局是县政府工作部门。</p>
                    <table border="1">
                      <tr><td colspan="4"><b>收入支出决算总表</b></td></tr>
                      <tr><td colspan="4" style="text-align:right">公开01表</td></tr>
                      <tr><td colspan="4">单位：万元</td></tr>
                      <tr><th colspan="2">收入</th><th colspan="2">支出</th></tr>
                      <tr><th>项目</th><th>决算数</th><th>项目</th><th>决算数</th></tr>
                      <tr><td>一般公共预算财政拨款收入</td><td>500.00</td><td>卫生健康支出</td><td>500.00</td></tr>
                      <tr><td>本年收入合计</td><td>500.00</td><td>本年支出合计</td><td>500.00</td></tr>
                      <tr><td>年初结转和结余</td><td>0.00</td><td>年末结转和结余</td><td>0.00</td></tr>
                      <tr><td>收入总计</td><td>500.00</td><td>支出总计</td><td>500.00</td></tr>
                    </table>
                    <p>单位：万元</p>
                    <table border="1">
                      <caption>支出决算表</caption>
                      <tr><th>项目</th><th>金额</th></tr>
                      <tr><td>基本支出</td><td>300.00</td></tr>
                      <tr><td>项目支出</td><td>200.00</td></tr>
                      <tr><td>本年支出合计</td><td>500.00</td></tr>
                    </table>
                    <p>单位：元</p>
                    <table border="1">
                      <caption>公开07表 财政拨款“三公”经费支出决算表</caption>
                      <tr><th>项目</th><th>预算数</th><th>决算数</th></tr>
                      <tr><td>因公出国(境)费</td><td>0.00</td><td>0.00</td></tr>
                      <tr><td>公务用车购置及运行维护费</td><td>20,000.00</td><td>18,000.00</td></tr>
                      <tr><td>其中：公务用车购置费</td><td>0.00</td><td>0.00</td></tr>
                      <tr><td>公务用车运行维护费</td><td>20,000.00</td><td>18,000.00</td></tr>
                      <tr><td>公务接待费</td><td>10,000.00</td><td>5,000.00</td></tr>
                    </table>
                    <table border="1">
                      <caption>国有资本经营预算财政拨款支出决算表</caption>
                      <tr><th>科目名称</th><th>本年支出</th></tr>
                      <tr><td colspan="2">本单位无国有资本经营预算财政拨款支出，故本表无数据。</td></tr>
                    </table>
                  </div>
                </div>
                <div class="footer"><p>主办单位：丁县人民政府办公室</p></div>
                </body></html>
                """);
        return file;
    }

    /**
     * 戊区医疗保障局2023年度部门整体支出绩效自评报告 as a saved page: its narrative, then the 指标 table alone, whose
     * 合计 line prints only the 权重 and whose last line the 自评等级.
     */
    public static Path departmentPage(Path folder) throws IOException {
        Path file = folder.resolve("自评报告.html");
        Files.writeString(file, """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>戊区医疗保障局2023年度部门整体支出绩效自评报告</title></head>
                <body><div id="zoom">
                  <h1>戊区医疗保障局2023年度部门整体支出绩效自评报告</h1>
                  <h2>一、部门概况</h2>
                  <p>戊区医疗保障局负责全区医疗保障工作。</p>
                  <p>绩效评价结果分为四级：等级为优、良、中、差。经综合评定，得分为98分(详见附表)，等级为“良”。</p>
                  <p>附表：部门整体支出绩效指标评分表</p>
                  <table border="1">
                    <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>权重</th><th>评分标准</th><th>自评得分</th></tr>
                    <tr><td rowspan="2">决策</td><td rowspan="2">目标设定</td><td>绩效目标合理性</td><td>60</td><td>合理得60分</td><td>60</td></tr>
                    <tr><td>绩效指标明确性</td><td>20</td><td>明确得20分</td><td>18</td></tr>
                    <tr><td>效益</td><td>满意度</td><td>群众满意度</td><td>20</td><td>≥90%得20分</td><td>20</td></tr>
                    <tr><td colspan="3">合计</td><td>100</td><td></td><td></td></tr>
                    <tr><td colspan="3">自评等级</td><td colspan="3">优</td></tr>
                  </table>
                </div></body></html>
                """);
        return file;
    }

    /** A Word file with one paragraph and no year anywhere in it. */
    public static Path withoutYear(Path folder) throws IOException {
        Path file = folder.resolve("说明.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            heading(document, "Heading1", "丙县医疗保障局部门决算");
            document.createParagraph().createRun().setText("丙县医疗保障局是县政府工作部门。");
            write(document, file);
        }
        return file;
    }

    // Word ----------------------------------------------------------------------------------------------

    private static void heading(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
    }

    /** Cells: {@code 文字}, {@code 文字|c3} (spans 3 columns), {@code 文字|v} (merged down), {@code ^} (continues the cell above). */
    private static void table(XWPFDocument document, String[][] rows) {
        XWPFTable table = document.createTable(rows.length, 1);
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = table.getRow(r);
            for (int i = 0; i < rows[r].length; i++) {
                XWPFTableCell cell = i == 0 ? row.getCell(0) : row.addNewTableCell();
                String spec = rows[r][i];
                if (spec.equals("^")) {
                    properties(cell).addNewVMerge();
                    continue;
                }
                String text = spec;
                int bar = spec.lastIndexOf('|');
                if (bar >= 0) {
                    text = spec.substring(0, bar);
                    String option = spec.substring(bar + 1);
                    if (option.equals("v")) {
                        properties(cell).addNewVMerge().setVal(STMerge.RESTART);
                    } else {
                        properties(cell).addNewGridSpan().setVal(BigInteger.valueOf(Integer.parseInt(option.substring(1))));
                    }
                }
                if (!text.isEmpty()) {
                    cell.getParagraphs().get(0).createRun().setText(text);
                }
            }
        }
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void write(XWPFDocument document, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
    }

    // Excel ---------------------------------------------------------------------------------------------

    /** A sheet with its title (merged across), its number and its 单位 line, as the 决算 software exports them. */
    private static Sheet captioned(Workbook workbook, String number, String title, int width) {
        Sheet sheet = workbook.createSheet(number);
        row(sheet, 0, title);
        merge(sheet, 0, 0, 0, width - 1);
        cell(sheet, 1, width - 1).setCellValue(number);
        cell(sheet, 2, 0).setCellValue("编制单位：甲县医疗保障局");
        cell(sheet, 2, width - 1).setCellValue("单位：万元");
        return sheet;
    }

    private static void row(Sheet sheet, int r, Object... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number number) {
                cell(sheet, r, c).setCellValue(number.doubleValue());
            } else if (!values[c].toString().isEmpty()) {
                cell(sheet, r, c).setCellValue(values[c].toString());
            }
        }
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static void write(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
