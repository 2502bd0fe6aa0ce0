package org.gongkai.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
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

/** Real Word, Excel, web and PDF files built by test code, laid out as published disclosures are. */
final class SampleFiles {

    private SampleFiles() {
    }

    /**
     * A 决算公开表 workbook: sheet 公开01表 with its title, number and 单位 rows, a two-row header with
     * merged cells, amounts with number formats (one stored as binary noise, one a formula, one text);
     * then a hidden sheet and an empty one.
     */
    static Path accountsWorkbook(Path folder, boolean legacy) throws IOException {
        Path file = folder.resolve(legacy ? "决算公开表.xls" : "决算公开表.xlsx");
        try (Workbook workbook = legacy ? new HSSFWorkbook() : new XSSFWorkbook()) {
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Sheet sheet = workbook.createSheet("公开01表");
            text(sheet, 0, 0, "收入支出决算总表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            text(sheet, 1, 3, "公开01表");
            text(sheet, 2, 0, "编制单位：剑阁县医疗保障局");
            text(sheet, 2, 3, "单位：万元");
            text(sheet, 3, 0, "收入");
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 1));
            text(sheet, 3, 2, "支出");
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 3));
            text(sheet, 4, 0, "项目");
            text(sheet, 4, 1, "决算数");
            text(sheet, 4, 2, "项目");
            text(sheet, 4, 3, "决算数");
            text(sheet, 5, 0, "一般公共预算财政拨款收入");
            number(sheet, 5, 1, 1234.56, twoDecimals);
            text(sheet, 5, 2, "社会保障和就业支出");
            number(sheet, 5, 3, 1234.5599999999999, null);
            text(sheet, 6, 0, "其他收入");
            number(sheet, 6, 1, 0.1 + 0.2, null);
            text(sheet, 6, 2, "合计");
            Cell formula = sheet.getRow(6).createCell(3);
            formula.setCellFormula("B6+B7");
            formula.setCellStyle(twoDecimals);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
            text(sheet, 7, 0, "上年结转");
            text(sheet, 7, 1, "1,234.50");
            text(sheet, 7, 2, "备注");
            text(sheet, 7, 3, "—");
            Sheet hidden = workbook.createSheet("草稿");
            text(hidden, 0, 0, "不公开");
            workbook.setSheetHidden(1, true);
            workbook.createSheet("空表");
            Sheet second = workbook.createSheet("公开02表");
            text(second, 0, 0, "项目");
            text(second, 0, 1, "金额");
            text(second, 1, 0, "合计");
            number(second, 1, 1, 42, null);
            write(workbook, file);
        }
        return file;
    }

    /**
     * A Word report: a heading, a paragraph, the 单位 line, and a table whose first column's heading
     * is merged down two rows and whose 金额 heading spans two columns, its two header rows repeated.
     */
    static Path reportDocx(Path folder) throws IOException {
        Path file = folder.resolve("绩效自评报告.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph heading = document.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("一、部门基本情况");
            document.createParagraph().createRun().setText("剑阁县医疗保障局为县政府工作部门。");
            document.createParagraph().createRun().setText("单位：万元");
            XWPFTable table = document.createTable(4, 3);
            XWPFTableRow first = table.getRow(0);
            first.setRepeatHeader(true);
            table.getRow(1).setRepeatHeader(true);
            set(first.getCell(0), "项目");
            properties(first.getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
            set(first.getCell(1), "金额");
            properties(first.getCell(1)).addNewGridSpan().setVal(BigInteger.TWO);
            first.removeCell(2);
            properties(table.getRow(1).getCell(0)).addNewVMerge();
            set(table.getRow(1).getCell(1), "年初预算");
            set(table.getRow(1).getCell(2), "决算数");
            set(table.getRow(2).getCell(0), "基本支出");
            set(table.getRow(2).getCell(1), "392.51");
            set(table.getRow(2).getCell(2), "1,234.56");
            set(table.getRow(3).getCell(0), "项目支出");
            set(table.getRow(3).getCell(1), "3037.40");
            set(table.getRow(3).getCell(2), "约3000");
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
        return file;
    }

    static Path pdf(Path folder, String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            if (lines.length > 0) {
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.setLeading(16);
                    content.newLineAtOffset(50, 700);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A copy of a zip file with some entries' content replaced or added. */
    static Path rezip(Path source, Path target, Map<String, byte[]> replaced) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = replaced.containsKey(entry.getName())
                        ? replaced.get(entry.getName()) : zip.getInputStream(entry).readAllBytes();
                out.write(content);
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> added : replaced.entrySet()) {
                if (zip.getEntry(added.getKey()) == null) {
                    out.putNextEntry(new ZipEntry(added.getKey()));
                    out.write(added.getValue());
                    out.closeEntry();
                }
            }
        }
        return target;
    }

    static byte[] entry(Path zipFile, String name) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            return zip.getInputStream(zip.getEntry(name)).readAllBytes();
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void set(XWPFTableCell cell, String text) {
        cell.getParagraphs().get(0).createRun().setText(text);
    }

    static void text(Sheet sheet, int row, int column, String text) {
        cell(sheet, row, column).setCellValue(text);
    }

    private static void number(Sheet sheet, int row, int column, double value, CellStyle style) {
        Cell cell = cell(sheet, row, column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.createCell(column);
    }

    static void write(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
