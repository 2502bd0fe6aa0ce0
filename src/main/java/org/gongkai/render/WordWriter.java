package org.gongkai.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * report.docx: the report as a bureau files it, made from its page in the page's order: the title and
 * title block (发布机构, 年度, 发布日期…), the parts and their headings (h2 → 标题 1, h3 → 标题 2…) with
 * their narrative (paragraphs, lists as Word lists), every table with its caption, 单位 line and merged
 * cells, its header rows repeated on each page and no row split across pages, and the charts as
 * pictures (their PNG). What is the site's and not the document's (navigation, the 主要数字 summary,
 * download links, the charts' data tables when the chart is there as a picture) is left out.
 *
 * <p>The tables are those {@link PageTables} reads from the page, as in the workbook and the CSV files.
 */
final class WordWriter extends PageBlocks {

    /** Containers whose content is written; everything else that is a block is handled by its tag. */
    /** Besides the site's ({@link PageChrome}): what Word writes otherwise or not at all. */
    private static final Set<String> SKIPPED = Set.of("summary", "hr", "img", "svg");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "li", "main", "ol", "p", "pre",
            "section", "table", "ul");
    /** Widest picture, in points (the text width of an A4 page). */
    private static final double PICTURE_WIDTH = WordStyles.TEXT_WIDTH / 20.0;

    private final XWPFDocument document = new XWPFDocument();
    private final WordStyles styles = new WordStyles(document);
    private final Map<String, byte[]> charts;

    private WordWriter(List<PageTables.Table> tables, Map<String, byte[]> charts) {
        super(tables);
        this.charts = charts;
    }

    /**
     * The Word file of a report page.
     *
     * @param charts each chart's PNG by chart id (the {@code chart-<id>} of its block on the page); a chart
     *        without one is given as its data table
     */
    static byte[] write(PageWriter.Rendered page, Map<String, byte[]> charts, OfficeFile file) {
        WordWriter writer = new WordWriter(page.tables(), charts);
        writer.walk(page.html());
        return file.bytes(writer.document);
    }

    @Override
    boolean isBlock(Element element) {
        String tag = element.tagName();
        return BLOCKS.contains(tag) || SKIPPED.contains(tag) || PageChrome.TAGS.contains(tag);
    }

    @Override
    boolean skips(String tag) {
        return SKIPPED.contains(tag);
    }

    @Override
    void inline(List<Node> nodes) {
        paragraph(nodes, null);
    }

    @Override
    void heading(int level, Element heading) {
        paragraph(heading.childNodes(), level == 0 ? WordStyles.TITLE : WordStyles.heading(level));
    }

    @Override
    void paragraph(Element paragraph) {
        paragraph(paragraph.childNodes(), null);
    }

    @Override
    void list(Element list) {
        list(list, 0);
    }

    /** A title block (发布机构：…) or a glossary: each term and its text, the term in bold. */
    @Override
    void definitions(Element list) {
        boolean titleBlock = list.hasClass("disclosure-meta");
        for (Element term : list.select("dt")) {
            Element definition = term.nextElementSibling();
            XWPFParagraph paragraph = document.createParagraph();
            if (titleBlock) {
                paragraph.setAlignment(ParagraphAlignment.CENTER);
                run(paragraph, term.text() + "：" + (definition == null ? "" : definition.text()), false, false);
                continue;
            }
            run(paragraph, term.text(), true, false);
            if (definition != null && definition.tagName().equals("dd")) {
                XWPFParagraph text = document.createParagraph();
                text.setIndentationLeft(420);
                inline(text, definition.childNodes());
            }
        }
    }

    private void list(Element list, int level) {
        BigInteger number = styles.list(list.tagName().equals("ol"), start(list));
        for (Element item : list.children()) {
            if (!item.tagName().equals("li")) {
                continue;
            }
            List<Node> inline = new ArrayList<>();
            boolean numbered = false;
            for (Node child : item.childNodes()) {
                if (child instanceof Element element && (element.tagName().equals("ul") || element.tagName().equals("ol"))) {
                    numbered |= item(inline, number, level, numbered);
                    inline.clear();
                    list(element, Math.min(8, level + 1));
                } else if (child instanceof Element element && BLOCKS.contains(element.tagName())) {
                    numbered |= item(inline, number, level, numbered);
                    inline.clear();
                    numbered |= item(element.childNodes(), number, level, numbered);
                } else {
                    inline.add(child);
                }
            }
            if (!item(inline, number, level, numbered) && !numbered) {
                item(List.of(new TextNode("")), number, level, false);
            }
        }
    }

    /** A list item's paragraph: its first carries the number or bullet, the others are indented with it. */
    private boolean item(List<Node> nodes, BigInteger number, int level, boolean numbered) {
        if (nodes.isEmpty() || (nodes.stream().allMatch(n -> n instanceof TextNode t && t.isBlank()) && numbered)) {
            return false;
        }
        XWPFParagraph paragraph = document.createParagraph();
        if (numbered) {
            paragraph.setIndentationLeft(420 * (level + 1));
        } else {
            paragraph.setNumID(number);
            paragraph.setNumILvl(BigInteger.valueOf(level));
        }
        inline(paragraph, nodes);
        return true;
    }

    private static int start(Element list) {
        try {
            return list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A chart: its picture and caption, or its data table where there is no picture. */
    @Override
    void chart(Element chart) {
        String id = chartId(chart);
        byte[] png = charts.get(id);
        Element caption = chart.selectFirst("figcaption");
        if (png == null || caption == null) {
            Element table = chart.selectFirst("table");
            if (table != null) {
                table(table);
            }
            return;
        }
        XWPFParagraph picture = document.createParagraph();
        picture.setAlignment(ParagraphAlignment.CENTER);
        picture.setKeepNext(true);
        int[] size = pngSize(png);
        double width = Math.min(PICTURE_WIDTH, size[0] * 0.75);
        double height = size[0] == 0 ? 0 : width * size[1] / size[0];
        try {
            picture.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, id + ".png",
                    Units.toEMU(width), Units.toEMU(height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        XWPFParagraph below = document.createParagraph();
        below.setAlignment(ParagraphAlignment.CENTER);
        run(below, PageChrome.captionText(caption), false, false);
    }

    /** Width and height of a PNG, from its header. */
    private static int[] pngSize(byte[] png) {
        if (png.length < 24) {
            return new int[] {0, 0};
        }
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(png);
        return new int[] {header.getInt(16), header.getInt(20)};
    }

    @Override
    void table(Element element) {
        PageTables.Table table = scanned(element);
        TableGrid grid = TableGrid.of(table.rows());
        if (grid.columns() == 0) {
            // A Word row needs a cell: a table of empty rows shows nothing on the page either.
            return;
        }
        if (!table.caption().isEmpty()) {
            XWPFParagraph caption = document.createParagraph();
            caption.setAlignment(ParagraphAlignment.CENTER);
            caption.setKeepNext(true);
            run(caption, table.caption(), true, false);
        }
        if (!table.unit().isEmpty()) {
            XWPFParagraph unit = document.createParagraph();
            unit.setAlignment(ParagraphAlignment.RIGHT);
            unit.setKeepNext(true);
            run(unit, table.unit(), false, false);
        }
        TableGrid.Placed[][] at = new TableGrid.Placed[grid.rows()][grid.columns()];
        for (TableGrid.Placed placed : grid.cells()) {
            for (int r = placed.row(); r < placed.row() + placed.rowspan(); r++) {
                for (int c = placed.column(); c < placed.column() + placed.colspan(); c++) {
                    at[r][c] = placed;
                }
            }
        }
        XWPFTable out = document.createTable();
        out.setWidthType(TableWidthType.PCT);
        out.setWidth("100%");
        CTTblGrid columns = out.getCTTbl().getTblGrid() == null ? out.getCTTbl().addNewTblGrid() : out.getCTTbl().getTblGrid();
        while (columns.sizeOfGridColArray() > 0) {
            columns.removeGridCol(0);
        }
        for (int c = 0; c < grid.columns(); c++) {
            columns.addNewGridCol().setW(BigInteger.valueOf(WordStyles.TEXT_WIDTH / Math.max(1, grid.columns())));
        }
        for (int r = 0; r < grid.rows(); r++) {
            XWPFTableRow row = out.insertNewTableRow(r);
            row.setCantSplitRow(true);
            if (r < table.headRows()) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < grid.columns();) {
                TableGrid.Placed placed = at[r][c];
                XWPFTableCell cell = row.createCell();
                if (placed == null) {
                    c++;
                    continue;
                }
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (placed.colspan() > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(placed.colspan()));
                }
                if (placed.row() == r) {
                    if (placed.rowspan() > 1) {
                        properties.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    cellText(cell, placed.cell(), r < table.headRows());
                } else {
                    properties.addNewVMerge();
                }
                c += placed.colspan();
            }
        }
        out.removeRow(grid.rows());
        document.createParagraph();
    }

    private static void cellText(XWPFTableCell cell, PageTables.Cell source, boolean head) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(head ? ParagraphAlignment.CENTER : source.figure() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        XWPFRun run = paragraph.createRun();
        if (head || source.total()) {
            run.setBold(true);
        }
        String[] lines = source.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** A paragraph of inline content (nothing when it is only white space). */
    private void paragraph(List<Node> nodes, String style) {
        if (nodes.stream().allMatch(n -> n instanceof TextNode t && t.isBlank()
                || n instanceof Element e && e.text().isBlank() && e.select("br").isEmpty())) {
            return;
        }
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        inline(paragraph, nodes);
    }

    private static void inline(XWPFParagraph paragraph, List<Node> nodes) {
        List<Segment> segments = new ArrayList<>();
        for (Node node : nodes) {
            collect(node, false, false, segments);
        }
        // White space as a browser shows it: runs of it one space, none at either end of a line.
        boolean atLineStart = true;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.text() == null) {
                paragraph.createRun().addBreak();
                atLineStart = true;
                continue;
            }
            String text = segment.text().replaceAll("[ \\t\\n\\r\\f]+", " ");
            if (atLineStart) {
                text = text.stripLeading();
            }
            boolean lineEnds = i + 1 == segments.size() || segments.get(i + 1).text() == null;
            if (lineEnds) {
                text = text.stripTrailing();
            }
            if (text.isEmpty()) {
                continue;
            }
            run(paragraph, text, segment.bold(), segment.italic());
            atLineStart = text.endsWith(" ");
        }
    }

    /** Text with its emphasis, or a line break ({@code text} null). */
    private record Segment(String text, boolean bold, boolean italic) {
    }

    private static void collect(Node node, boolean bold, boolean italic, List<Segment> out) {
        if (node instanceof TextNode text) {
            out.add(new Segment(text.getWholeText(), bold, italic));
        } else if (node instanceof Element element) {
            String tag = element.tagName();
            if (tag.equals("br")) {
                out.add(new Segment(null, bold, italic));
                return;
            }
            if (SKIPPED.contains(tag) || PageChrome.TAGS.contains(tag)) {
                return;
            }
            boolean strong = bold || tag.equals("strong") || tag.equals("b");
            boolean emphasis = italic || tag.equals("em") || tag.equals("i");
            for (Node child : element.childNodes()) {
                collect(child, strong, emphasis, out);
            }
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
    }
}
