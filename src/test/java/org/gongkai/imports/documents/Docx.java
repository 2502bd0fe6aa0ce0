package org.gongkai.imports.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document written as a clerk's would be: a bold centred title, headings in Word's 标题 1–3
 * styles, body paragraphs, and tables with merged cells (gridSpan across, vMerge down) whose heading
 * rows repeat on each page; a line break in a cell's text is a manual line break (Shift+Enter).
 */
final class Docx {

    private static final int COLUMN_TWIPS = 1100;

    private final XWPFDocument document = new XWPFDocument();
    private XWPFNumbering numbering;
    private BigInteger abstractNum;
    private BigInteger numId;
    private int lastNumber;

    Docx() {
        XWPFStyles styles = document.createStyles();
        for (int level = 1; level <= 3; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewQFormat();
            style.addNewRPr().addNewB();
            styles.addStyle(new XWPFStyle(style));
        }
    }

    /** The document's title: bold and centred, as such documents print it (not a heading style). */
    Docx title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setFontSize(18);
        run.setText(text);
        return this;
    }

    /** A heading in Word's 标题 {@code level} style. */
    Docx heading(int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.createRun().setText(text);
        return this;
    }

    /**
     * A heading numbered by Word itself ({@code 1、} then a tab, as a numbered list shows it), the
     * number {@code number}: it continues the last such list when it is the next number, else starts
     * a list of its own there ("restart numbering at").
     */
    Docx numberedHeading(int level, int number, String text) {
        if (numbering == null) {
            numbering = document.createNumbering();
            CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(BigInteger.ZERO);
            CTLvl first = definition.addNewLvl();
            first.setIlvl(BigInteger.ZERO);
            first.addNewStart().setVal(BigInteger.ONE);
            first.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            first.addNewLvlText().setVal("%1、");
            abstractNum = numbering.addAbstractNum(new XWPFAbstractNum(definition));
        }
        if (numId == null || number != lastNumber + 1) {
            numId = numbering.addNum(abstractNum);
            CTNumLvl restart = numbering.getNum(numId).getCTNum().addNewLvlOverride();
            restart.setIlvl(BigInteger.ZERO);
            restart.addNewStartOverride().setVal(BigInteger.valueOf(number));
        }
        lastNumber = number;
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.ZERO);
        paragraph.createRun().setText(text);
        return this;
    }

    Docx paragraph(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setIndentationFirstLine(480);
        paragraph.createRun().setText(text);
        return this;
    }

    /** A paragraph printed bold but in no heading style, as many documents set their sub-headings. */
    Docx bold(String text) {
        XWPFRun run = document.createParagraph().createRun();
        run.setBold(true);
        run.setText(text);
        return this;
    }

    /** A right-aligned line such as 单位：万元. */
    Docx right(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
        paragraph.createRun().setText(text);
        return this;
    }

    Docx table(Grid grid) {
        Grid.Cell[][] at = grid.layout();
        int[][] owner = owners(grid, at);
        XWPFTable table = document.createTable(grid.rows.size(), 1);
        CTTblGrid columns = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (columns.sizeOfGridColArray() > 0) {
            columns.removeGridCol(0);
        }
        for (int c = 0; c < grid.width; c++) {
            columns.addNewGridCol().setW(BigInteger.valueOf(COLUMN_TWIPS));
        }
        for (int r = 0; r < grid.rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (r < grid.headingRows) {
                row.setRepeatHeader(true);
            }
            int made = 0;
            for (int c = 0; c < grid.width; ) {
                int top = owner[r][c] / grid.width;
                int left = owner[r][c] % grid.width;
                if (left != c) {
                    c++;
                    continue;
                }
                Grid.Cell cell = at[top][left];
                XWPFTableCell word = made++ == 0 ? row.getCell(0) : row.addNewTableCell();
                CTTcPr properties = word.getCTTc().isSetTcPr() ? word.getCTTc().getTcPr() : word.getCTTc().addNewTcPr();
                if (cell.colspan() > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.colspan()));
                }
                if (cell.rowspan() > 1) {
                    if (top == r) {
                        properties.addNewVMerge().setVal(STMerge.RESTART);
                    } else {
                        properties.addNewVMerge();
                    }
                }
                if (top == r && !cell.text().isEmpty()) {
                    XWPFRun run = word.getParagraphs().get(0).createRun();
                    run.setBold(cell.heading());
                    String[] lines = cell.text().split("\n");
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            run.addBreak();
                        }
                        run.setText(lines[i], i);
                    }
                }
                c += cell.colspan();
            }
        }
        return this;
    }

    /** For each grid position, {@code row * width + column} of the cell that covers it. */
    private static int[][] owners(Grid grid, Grid.Cell[][] at) {
        int[][] owner = new int[at.length][grid.width];
        for (int r = 0; r < at.length; r++) {
            for (int c = 0; c < grid.width; c++) {
                Grid.Cell cell = at[r][c];
                if (cell == null) {
                    continue;
                }
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        owner[r + dr][c + dc] = r * grid.width + c;
                    }
                }
            }
        }
        return owner;
    }

    byte[] bytes() throws IOException {
        StableZip.fixDates(document.getProperties());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        document.close();
        return StableZip.normalise(out.toByteArray());
    }
}
