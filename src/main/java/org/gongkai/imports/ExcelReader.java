package org.gongkai.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A workbook through POI, one table per visible sheet that has content: each cell as Excel displays
 * it (its number format applied, a formula's last computed value, never recomputed), merged regions
 * as spans, the sheet's own row and column numbers as origins.
 */
final class ExcelReader {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\u2028\\u2029]");

    private final ImportLimits limits;

    ExcelReader(ImportLimits limits) {
        this.limits = limits;
    }

    SourceDocument read(Path file, String name, SourceFormat format) throws ImportException {
        List<Block> blocks = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            formatter.setUseCachedValuesForFormulaCells(true);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                Sheet sheet = workbook.getSheetAt(i);
                if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                    notices.add("工作表“" + sheet.getSheetName() + "”是隐藏的，没有导入");
                    continue;
                }
                SourceTable table = table(sheet, blocks.size() + 1, formatter, name);
                if (table != null) {
                    blocks.add(table);
                }
            }
        } catch (EncryptedDocumentException e) {
            throw Encrypted.office(name);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new ImportException(name, "Excel 工作簿已损坏或内容不完整，无法读取",
                    "请用 Excel 或 WPS 打开它，“另存为”一份新的 .xlsx 后再导入");
        }
        return new SourceDocument(name, format, Map.of(), blocks, notices);
    }

    private SourceTable table(Sheet sheet, int number, DataFormatter formatter, String name) throws ImportException {
        String sheetName = sheet.getSheetName();
        TreeMap<Integer, Map<Integer, String>> texts = new TreeMap<>();
        int lastColumn = -1;
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = lines(formatter.formatCellValue(cell));
                if (text.isEmpty()) {
                    continue;
                }
                if (cell.getColumnIndex() >= limits.maxColumns()) {
                    throw tooLarge(name, "工作表“" + sheetName + "”超过 " + limits.maxColumns() + " 列的上限");
                }
                texts.computeIfAbsent(row.getRowNum(), r -> new HashMap<>()).put(cell.getColumnIndex(), text);
                lastColumn = Math.max(lastColumn, cell.getColumnIndex());
            }
            if (texts.size() > limits.maxRows()) {
                throw tooLarge(name, "工作表“" + sheetName + "”超过 " + limits.maxRows() + " 行的上限");
            }
        }
        if (texts.isEmpty()) {
            return null;
        }
        int firstRow = texts.firstKey();
        int lastRow = texts.lastKey();
        int width = lastColumn + 1;
        if ((long) lastRow - firstRow + 1 > limits.maxRows()) {
            throw tooLarge(name, "工作表“" + sheetName + "”从第" + (firstRow + 1) + "行到第" + (lastRow + 1)
                    + "行，超过 " + limits.maxRows() + " 行的上限");
        }
        int height = lastRow - firstRow + 1;
        if (sheet.getNumMergedRegions() > limits.maxMergedRegions()) {
            throw tooLarge(name, "工作表“" + sheetName + "”的合并单元格超过 " + limits.maxMergedRegions() + " 处");
        }
        Map<Integer, int[]> spans = new HashMap<>();
        BitSet covered = new BitSet(height * width);
        BitSet touchedRows = new BitSet(height);
        long area = 0;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int top = Math.max(region.getFirstRow(), firstRow);
            int bottom = Math.min(region.getLastRow(), lastRow);
            int left = Math.max(region.getFirstColumn(), 0);
            int right = Math.min(region.getLastColumn(), lastColumn);
            if (top != region.getFirstRow() || top > bottom || left > right || region.getFirstColumn() > lastColumn) {
                continue;
            }
            area += (long) (bottom - top + 1) * (right - left + 1);
            if (area > (long) height * width) {
                throw new ImportException(name, "工作表“" + sheetName + "”的合并单元格互相重叠，文件已损坏",
                        "请用 Excel 或 WPS 打开它，“另存为”一份新的 .xlsx 后再导入");
            }
            spans.put((top - firstRow) * width + left, new int[] {bottom - top + 1, right - left + 1});
            for (int r = top; r <= bottom; r++) {
                touchedRows.set(r - firstRow);
                for (int c = left; c <= right; c++) {
                    if (r != top || c != left) {
                        covered.set((r - firstRow) * width + c);
                    }
                }
            }
        }
        List<List<SourceCell>> rows = new ArrayList<>();
        for (int r = firstRow; r <= lastRow; r++) {
            Map<Integer, String> rowTexts = texts.getOrDefault(r, Map.of());
            if (rowTexts.isEmpty() && !touchedRows.get(r - firstRow)) {
                continue;
            }
            List<SourceCell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                int index = (r - firstRow) * width + c;
                if (covered.get(index)) {
                    continue;
                }
                int[] span = spans.getOrDefault(index, new int[] {1, 1});
                String text = rowTexts.getOrDefault(c, "");
                cells.add(new SourceCell(text, span[0], span[1], false, NumberText.parse(text),
                        new CellOrigin(number, sheetName, r + 1, c + 1)));
            }
            rows.add(cells);
        }
        CaptionRows.Split split = CaptionRows.split(List.of(), rows);
        String unitLine = split.captions().stream().map(UnitLine::find).filter(found -> found != null)
                .findFirst().orElse(null);
        return new SourceTable(number, sheetName, split.captions(), unitLine, markHeaders(split.rows()));
    }

    /** A cell's text by its lines (Alt+Enter), each break kept or joined as {@link CellLines} reads it. */
    private static String lines(String value) {
        return CellLines.join(LINE_BREAK.splitAsStream(value).map(line -> new CellLines.Line(Text.clean(line), false)).toList());
    }

    /**
     * A worksheet marks no header: the rows above the first row with a number are taken as its headings,
     * and so is a 栏次 row (the column numbers 1, 2, 3… the 决算公开表 print under their headings).
     */
    private static List<List<SourceCell>> markHeaders(List<List<SourceCell>> rows) {
        int firstNumberRow = 0;
        int afterColumnNumbers = 0;
        while (firstNumberRow < rows.size()) {
            List<SourceCell> row = rows.get(firstNumberRow);
            if (isColumnNumbers(row)) {
                afterColumnNumbers = firstNumberRow + 1;
            } else if (row.stream().anyMatch(cell -> cell.number() != null)) {
                break;
            }
            firstNumberRow++;
        }
        int headings = firstNumberRow == rows.size() ? afterColumnNumbers : firstNumberRow;
        if (headings == 0) {
            return rows;
        }
        List<List<SourceCell>> marked = new ArrayList<>(rows);
        for (int r = 0; r < headings; r++) {
            marked.set(r, rows.get(r).stream().map(cell -> new SourceCell(cell.text(), cell.rowspan(), cell.colspan(),
                    true, cell.number(), cell.origin())).toList());
        }
        return marked;
    }

    private static boolean isColumnNumbers(List<SourceCell> row) {
        return row.stream().filter(cell -> !cell.text().isEmpty()).findFirst()
                .map(cell -> cell.text().replace(" ", "").equals("栏次")).orElse(false);
    }

    private static ImportException tooLarge(String name, String what) {
        return new ImportException(name, what, "gongkai 不导入这么大的表格；请检查文件是否正确，或把表格拆开后再导入");
    }
}
