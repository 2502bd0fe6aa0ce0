package org.gongkai.render;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What a Word file made from a report page is formatted with: A4 pages, 宋体 text, a title style and
 * heading styles 1–5 (marked as outline levels, so Word's navigation pane and table of contents find
 * them), and list numbering.
 */
final class WordStyles {

    static final String TITLE = "Title";
    /** Heading1 … Heading5, for the page's h2 … h6. */
    static final int HEADINGS = 5;
    /** A4 less 2.5 cm margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 11906 - 2 * 1418;

    private final XWPFDocument document;
    private XWPFNumbering numbering;

    WordStyles(XWPFDocument document) {
        this.document = document;
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setEastAsia("宋体");
        styles.setDefaultFonts(fonts);
        styles.addStyle(paragraphStyle(TITLE, "Title", -1, 44, "黑体"));
        for (int level = 1; level <= HEADINGS; level++) {
            styles.addStyle(paragraphStyle("Heading" + level, "heading " + level, level - 1,
                    new int[] {32, 30, 28, 24, 24}[level - 1], "黑体"));
        }
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1418));
        margins.setRight(BigInteger.valueOf(1418));
        // The schema requires all seven margins (header, footer and gutter too).
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        margins.setGutter(BigInteger.valueOf(0));
    }

    static String heading(int level) {
        return "Heading" + Math.max(1, Math.min(HEADINGS, level));
    }

    /** A new list's numbering (bullets, or numbers from {@code start}), each level indented further. */
    BigInteger list(boolean ordered, int start) {
        if (numbering == null) {
            numbering = document.createNumbering();
        }
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
        for (int level = 0; level < 9; level++) {
            CTLvl lvl = list.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.valueOf(level == 0 ? Math.max(0, start) : 1));
            lvl.addNewNumFmt().setVal(ordered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(ordered ? "%" + (level + 1) + "." : "•");
            CTInd indent = lvl.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(420L * (level + 1)));
            indent.setHanging(BigInteger.valueOf(420));
        }
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
    }

    private static XWPFStyle paragraphStyle(String id, String name, int outline, int halfPoints, String font) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        if (outline >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        } else {
            paragraph.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER);
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        CTFonts fonts = run.addNewRFonts();
        fonts.setEastAsia(font);
        return new XWPFStyle(style);
    }
}
