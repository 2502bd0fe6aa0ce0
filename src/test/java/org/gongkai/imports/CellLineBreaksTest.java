package org.gongkai.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table cell's line breaks as each reader keeps them: written into a real Word table (a manual break,
 * Shift+Enter, or a paragraph per line, Enter), a workbook (Alt+Enter) and a saved web page ({@code <br>} or
 * a {@code <p>} per line), read back by {@link DocumentReader}. The breaks a document makes on purpose stay
 * line breaks; those that only wrap a line to fit the cell are joined.
 */
class CellLineBreaksTest {

    /** Lines of a cell, broken by a manual break (or a paragraph per line when {@code paragraphs}), and the text expected. */
    record Case(String why, boolean paragraphs, List<String> lines, String expected) {
    }

    static final List<Case> CASES = List.of(
            // kept: the document's own breaks
            new Case("before a numbered item 1、", false, List.of("加强网络和信息安全等方面建设，进一步夯实技术基础", "2、加强打击欺诈骗保工作力度"),
                    "加强网络和信息安全等方面建设，进一步夯实技术基础\n2、加强打击欺诈骗保工作力度"),
            new Case("before a numbered item 2.", false, List.of("制定医保法治建设方面制度实施并落实到位", "2.配备专职法律人员"),
                    "制定医保法治建设方面制度实施并落实到位\n2.配备专职法律人员"),
            new Case("before a numbered item （1）", false, List.of("对项目的必要性、可行性等进行科学论证", "（2）按规定履行审批"),
                    "对项目的必要性、可行性等进行科学论证\n（2）按规定履行审批"),
            new Case("before a numbered item 二、", false, List.of("一、提升医保信息化水平加强网络建设", "二、加强基金监管"),
                    "一、提升医保信息化水平加强网络建设\n二、加强基金监管"),
            new Case("before a circled number ②", false, List.of("①市级按照要求同步细化分解下达绩效目标", "②要求一致"),
                    "①市级按照要求同步细化分解下达绩效目标\n②要求一致"),
            new Case("before a bullet, as Word's numbering writes it", false, List.of("• 开展医保新闻宣传、政府信息工作", "• 配备刊物"),
                    "• 开展医保新闻宣传、政府信息工作\n• 配备刊物"),
            new Case("before a labelled line 合格:", false, List.of("满分:≥90%，考核全部达标", "合格:≥80%", "零分:≤50%"),
                    "满分:≥90%，考核全部达标\n合格:≥80%\n零分:≤50%"),
            new Case("before a labelled line with its points 合格（1分）:", false, List.of("满分:市级出台改革文件并落实到位", "合格（1分）:有文件"),
                    "满分:市级出台改革文件并落实到位\n合格（1分）:有文件"),
            new Case("after a sentence's end 。", false, List.of("做好药品和医用耗材集中带量采购工作。", "提升医保经办服务建设"),
                    "做好药品和医用耗材集中带量采购工作。\n提升医保经办服务建设"),
            new Case("after a sentence's end ；", false, List.of("切实保障医保基金合理有效使用；", "加快推进支付方式改革"),
                    "切实保障医保基金合理有效使用；\n加快推进支付方式改革"),
            new Case("after an item's points （3分）", false, List.of("承担国家、省、市医保公共服务标准化试点项目（3分）", "完成贯标工作（1分）"),
                    "承担国家、省、市医保公共服务标准化试点项目（3分）\n完成贯标工作（1分）"),
            new Case("after a line that stops well short of the next", false, List.of("满分：全覆盖", "发现1项不合格扣为0分"),
                    "满分：全覆盖\n发现1项不合格扣为0分"),
            new Case("between two paragraphs", true, List.of("加强医保基金监管，提高基金使用效益", "提升经办服务水平"),
                    "加强医保基金监管，提高基金使用效益\n提升经办服务水平"),
            new Case("between paragraphs of different widths", true, List.of("开展医保新闻宣传培训", "配备医保新闻宣传、政府信息工作和政策研究的刊物、资料", "组织政策解读"),
                    "开展医保新闻宣传培训\n配备医保新闻宣传、政府信息工作和政策研究的刊物、资料\n组织政策解读"),
            // joined: a line wrapped to fit the cell
            new Case("paragraphs that are the lines of one text wrapped to a width", true,
                    List.of("严格按照市医保信息系统安全保障方案及运维应急预案执", "行，明确重大安全事件诊断和恢复处理时间，符合设定的", "一小时内设定目标"),
                    "严格按照市医保信息系统安全保障方案及运维应急预案执行，明确重大安全事件诊断和恢复处理时间，符合设定的一小时内设定目标"),
            new Case("the same lines broken by hand, mid-sentence", false, List.of("加强医保基金监管，提高基金使用效益", "提升经办服务水平"),
                    "加强医保基金监管，提高基金使用效益提升经办服务水平"),
            new Case("a heading broken to fit a narrow column", false, List.of("全年", "指标", "值"), "全年指标值"),
            new Case("a heading broken into paragraphs", true, List.of("年初", "预算数"), "年初预算数"),
            new Case("a label broken into paragraphs", true, List.of("服务对象", "满意度指标"), "服务对象满意度指标"),
            new Case("a label broken after its colon", false, List.of("其中：", "财政拨款"), "其中：财政拨款"),
            new Case("a heading broken by hand, its second line longer", false, List.of("年度总体", "目标完成情况"), "年度总体目标完成情况"),
            new Case("before a printed unit or column letter", false, List.of("全年预算数", "(A)"), "全年预算数(A)"),
            new Case("before a group's stated points, in paragraphs", true, List.of("项目决策", "（18分）"), "项目决策（18分）"),
            new Case("before a bracketed number that numbers nothing", false, List.of("分值", "(40)"), "分值(40)"),
            new Case("before a printed unit longer than its heading", false, List.of("资金投入情况", "(单位：万元，含结转资金)"),
                    "资金投入情况(单位：万元，含结转资金)"),
            new Case("mid-number", true, List.of("全年支出合计1,234,", "567.89万元"), "全年支出合计1,234,567.89万元"),
            new Case("mid-number, before its percent sign", true, List.of("医保信息系统验收合格率99", "%，达到设定目标"), "医保信息系统验收合格率99%，达到设定目标"),
            new Case("before a closing mark", true, List.of("全年主动公开所有主动公开文件", "，有效办理信息公开申请"), "全年主动公开所有主动公开文件，有效办理信息公开申请"),
            new Case("after an opening mark", true, List.of("符合国家医疗保障局关于全面实施预算绩效管理的意见和《", "“十四五”全民医疗保障规划》"),
                    "符合国家医疗保障局关于全面实施预算绩效管理的意见和《“十四五”全民医疗保障规划》"),
            new Case("after a comma, the next line as long", false, List.of("医保信息系统服务全县50多万医保参保人群，接入", "实时联网结算定点医药机构168余家"),
                    "医保信息系统服务全县50多万医保参保人群，接入实时联网结算定点医药机构168余家"),
            new Case("between words of a Latin text, with a space", false, List.of("Total", "Amount"), "Total Amount"));

    @TempDir
    Path folder;

    private final DocumentReader reader = new DocumentReader(ImportLimits.DEFAULT, "");

    @Test
    void aWordCellKeepsItsManualBreaksAndParagraphsOnPurposeAndJoinsWrappedLines() throws Exception {
        Path file = folder.resolve("自评表.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = document.createTable(CASES.size(), 2);
            for (int r = 0; r < CASES.size(); r++) {
                Case line = CASES.get(r);
                table.getRow(r).getCell(0).getParagraphs().get(0).createRun().setText("第" + (r + 1) + "项");
                XWPFTableCell cell = table.getRow(r).getCell(1);
                if (line.paragraphs()) {
                    for (int i = 0; i < line.lines().size(); i++) {
                        (i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph()).createRun().setText(line.lines().get(i));
                    }
                } else {
                    XWPFRun run = cell.getParagraphs().get(0).createRun();
                    for (int i = 0; i < line.lines().size(); i++) {
                        if (i > 0) {
                            run.addBreak();
                        }
                        run.setText(line.lines().get(i), i);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }

        assertCells(CASES, reader.read(file).tables().get(0));
    }

    @Test
    void aWorkbookCellKeepsItsAltEnterBreaksOnPurposeAndJoinsWrappedLines() throws Exception {
        List<Case> cases = CASES.stream().filter(c -> !c.paragraphs()).toList();
        Path file = folder.resolve("自评表.xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("自评表");
            for (int r = 0; r < cases.size(); r++) {
                SampleFiles.text(sheet, r, 0, "第" + (r + 1) + "项");
                SampleFiles.text(sheet, r, 1, String.join(r % 2 == 0 ? "\n" : "\r\n", cases.get(r).lines()));
            }
            SampleFiles.write(workbook, file);
        }

        assertCells(cases, reader.read(file).tables().get(0));
    }

    @Test
    void aWebPageCellKeepsItsBrAndParagraphsOnPurposeAndJoinsWrappedLinesAndItsSourceLines() throws Exception {
        List<Case> cases = new ArrayList<>(CASES);
        cases.add(new Case("the HTML's own line break in a text is no break of the page", false,
                List.of("满分：全覆盖\n   发现1项不合格扣为0分"), "满分：全覆盖发现1项不合格扣为0分"));
        cases.add(new Case("a break that ends a paragraph is a paragraph's", true,
                List.of("加强医保基金监管，提高基金使用效益<br />", "提升经办服务水平"), "加强医保基金监管，提高基金使用效益\n提升经办服务水平"));
        StringBuilder page = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>自评表</title></head><body>"
                + "<div class=\"article\"><p>绩效自评表</p><table>\n");
        for (int r = 0; r < cases.size(); r++) {
            Case line = cases.get(r);
            page.append("<tr><td>第").append(r + 1).append("项</td>\n<td>");
            if (line.paragraphs()) {
                line.lines().forEach(text -> page.append("<p class=\"MsoNormal\"><span>").append(text).append("</span></p>\n"));
            } else {
                page.append("<span>").append(String.join("<br>\n", line.lines())).append("</span>");
            }
            page.append("</td></tr>\n");
        }
        page.append("</table></div></body></html>\n");
        Path file = folder.resolve("自评表.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);

        assertCells(cases, reader.read(file).tables().get(0));
    }

    private static void assertCells(List<Case> cases, SourceTable table) {
        assertEquals(cases.size(), table.rows().size());
        for (int r = 0; r < cases.size(); r++) {
            assertEquals("第" + (r + 1) + "项", table.rows().get(r).get(0).text());
            assertEquals(cases.get(r).expected(), table.rows().get(r).get(1).text(), cases.get(r).why());
        }
    }
}
