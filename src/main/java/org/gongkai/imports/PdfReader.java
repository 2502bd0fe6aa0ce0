package org.gongkai.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The narrative text of a PDF through PDFBox, as paragraphs. A PDF's tables are only positioned
 * text, which no reader turns back into rows and merged cells reliably: the document carries a notice
 * to import them from the Word or Excel original.
 */
final class PdfReader {

    static final String TABLES_NOTICE = "PDF 中的表格无法可靠地还原成行和列，这里只导入了正文文字；"
            + "表格请用同一文件的 Word 或 Excel 原件导入";
    private static final String PARAGRAPH_END = "\u2029";

    /** PDFBox warns through java.util.logging about fonts and damaged objects it works around; kept quiet. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.OFF));
    }

    private final ImportLimits limits;

    PdfReader(ImportLimits limits) {
        this.limits = limits;
    }

    SourceDocument read(Path file, String name) throws ImportException {
        String text;
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            if (pdf.getNumberOfPages() > limits.maxPdfPages()) {
                throw new ImportException(name, "PDF 有 " + pdf.getNumberOfPages() + " 页，超过 " + limits.maxPdfPages()
                        + " 页的上限", "请只导入需要的部分，或改用 Word 原件导入");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd(PARAGRAPH_END);
            text = stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw Encrypted.pdf(name);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new ImportException(name, "PDF 文件已损坏或内容不完整，无法读取",
                    "请重新下载它，或改用同一文件的 Word 或 Excel 原件导入");
        }
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : text.split(PARAGRAPH_END)) {
            String joined = Text.clean(paragraph);
            if (!joined.isEmpty()) {
                blocks.add(new Paragraph(joined));
            }
        }
        if (blocks.isEmpty()) {
            throw new ImportException(name, "PDF 中没有可以读取的文字，它可能是扫描的图片",
                    "请改用同一文件的 Word 或 Excel 原件导入");
        }
        return new SourceDocument(name, SourceFormat.PDF, Map.of(), blocks, List.of(TABLES_NOTICE));
    }
}
