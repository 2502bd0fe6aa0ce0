package org.gongkai.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word's automatic numbering kept as the text Word shows, which mammoth alone drops. */
class WordNumberingTest {

    @TempDir
    Path folder;

    private final DocumentReader reader = new DocumentReader(ImportLimits.DEFAULT, "");

    /** numbering.xml written out: poi-ooxml-lite has no type for a level's suffix (w:suff). */
    private static final String NUMBERING = """
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:abstractNum w:abstractNumId="0">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading3"/><w:suff w:val="nothing"/><w:lvlText w:val="%3."/></w:lvl>
            </w:abstractNum>
            <w:abstractNum w:abstractNumId="1">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:suff w:val="space"/><w:lvlText w:val="%2"/></w:lvl>
            </w:abstractNum>
            <w:abstractNum w:abstractNumId="2">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:suff w:val="space"/><w:lvlText w:val="\uF0B7"/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>
            <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
            </w:numbering>
            """;

    @Test
    void numberedHeadingsAndParagraphsKeepTheNumbersWordShows() throws Exception {
        Path made = folder.resolve("made.docx");
        BigInteger headings = BigInteger.ONE;
        BigInteger list = BigInteger.TWO;
        BigInteger restarted = BigInteger.valueOf(3);
        BigInteger bullets = BigInteger.valueOf(4);
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFStyles styles = document.createStyles();
            document.createNumbering();
            // 标题 1 and 2 take their numbering from their styles, as Word's outline-numbered templates do
            styles.addStyle(new XWPFStyle(headingStyle("Heading1", "heading 1", headings, 0)));
            styles.addStyle(new XWPFStyle(headingStyle("Heading2", "heading 2", headings, 1)));
            // 标题 3 has no numbering of its own: a level of the list is linked to it (w:pStyle)
            CTStyle third = CTStyle.Factory.newInstance();
            third.setStyleId("Heading3");
            third.setType(STStyleType.PARAGRAPH);
            third.addNewName().setVal("heading 3");
            styles.addStyle(new XWPFStyle(third));

            heading(document, "Heading1", "部门概况");
            heading(document, "Heading2", "部门职责");
            numbered(document, list, 0, "负责医疗保障政策");
            numbered(document, list, 1, "参保");
            numbered(document, list, 1, "缴费");
            numbered(document, list, 0, "负责基金监管");
            heading(document, "Heading2", "机构设置");
            heading(document, "Heading1", "收支情况");
            numbered(document, headings, 2, "收入");
            heading(document, "Heading3", "支出");
            numbered(document, restarted, 0, "国有资本经营预算");
            numbered(document, restarted, 0, "其他");
            numbered(document, bullets, 0, "要点");
            XWPFParagraph off = document.createParagraph();
            off.setStyle("Heading1");
            off.setNumID(BigInteger.ZERO);
            off.createRun().setText("附件");
            document.createParagraph().createRun().setText("正文");
            for (int i = 0; i < 9; i++) {
                heading(document, "Heading1", "第" + (i + 3) + "部分");
            }
            try (OutputStream out = Files.newOutputStream(made)) {
                document.write(out);
            }
        }
        Path file = SampleFiles.rezip(made, folder.resolve("numbered.docx"), Map.of("word/numbering.xml", SampleFiles.utf8(NUMBERING)));

        SourceDocument read = reader.read(file);

        assertEquals(List.of(), read.notices());
        assertEquals(List.of(
                new Heading(1, "一、部门概况"),
                new Heading(2, "（一）部门职责"),
                new Paragraph("1. 负责医疗保障政策"),
                new Paragraph("① 参保"),
                new Paragraph("② 缴费"),
                new Paragraph("2. 负责基金监管"),
                new Heading(2, "（二）机构设置"),
                new Heading(1, "二、收支情况"),
                new Paragraph("1.收入"),
                new Heading(3, "2.支出"),
                new Paragraph("9. 国有资本经营预算"),
                new Paragraph("10. 其他"),
                new Paragraph("• 要点"),
                new Heading(1, "附件"),
                new Paragraph("正文")), read.blocks().subList(0, 15));
        assertEquals(List.of("三、第3部分", "四、第4部分", "五、第5部分", "六、第6部分", "七、第7部分", "八、第8部分", "九、第9部分",
                "十、第10部分", "十一、第11部分"),
                read.blocks().subList(15, 24).stream().map(block -> ((Heading) block).text()).toList());
    }

    @Test
    void aCorruptNumberingPartIsACorruptFileStill() throws Exception {
        Path broken = SampleFiles.rezip(SampleFiles.reportDocx(folder), folder.resolve("坏编号.docx"),
                Map.of("word/numbering.xml", SampleFiles.utf8("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:num")));

        ImportException refused = assertThrows(ImportException.class, () -> reader.read(broken));

        assertEquals("坏编号.docx：Word 文档已损坏或内容不完整，无法读取。请用 Word 或 WPS 打开它，“另存为”一份新的 .docx 后再导入",
                refused.getMessage());
    }

    @Test
    void numbersInWordsFormats() {
        assertEquals(List.of("一", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十", "一千零五"),
                List.of(1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1005).stream()
                        .map(n -> NumberFormats.format(n, "chineseCounting")).toList());
        assertEquals("壹拾贰", NumberFormats.format(12, "chineseLegalSimplified"));
        assertEquals("丙", NumberFormats.format(3, "ideographTraditional"));
        assertEquals("⑳", NumberFormats.format(20, "decimalEnclosedCircle"));
        assertEquals("21", NumberFormats.format(21, "decimalEnclosedCircle"));
        assertEquals("⑶", NumberFormats.format(3, "decimalEnclosedParen"));
        assertEquals("XIV", NumberFormats.format(14, "upperRoman"));
        assertEquals("aa", NumberFormats.format(27, "lowerLetter"));
        assertEquals("Z".repeat(30), NumberFormats.format(780, "upperLetter"));
        assertEquals("2000000000", NumberFormats.format(2_000_000_000, "lowerLetter"), "a file's own start, not 77 million letters");
        assertEquals("１２", NumberFormats.format(12, "decimalFullWidth"));
        assertEquals("07", NumberFormats.format(7, "decimalZero"));
        assertEquals("", NumberFormats.format(7, "none"));
        assertEquals("•", NumberFormats.bullet("\uF0B7"));
        assertEquals("-", NumberFormats.bullet("-"));
    }

    private static CTStyle headingStyle(String id, String name, BigInteger numId, int ilvl) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        var numPr = style.addNewPPr().addNewNumPr();
        numPr.addNewNumId().setVal(numId);
        numPr.addNewIlvl().setVal(BigInteger.valueOf(ilvl));
        return style;
    }

    private static void heading(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
    }

    private static void numbered(XWPFDocument document, BigInteger numId, int ilvl, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(ilvl));
        paragraph.createRun().setText(text);
    }
}
