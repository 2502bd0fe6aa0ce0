package org.gongkai.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.zwobble.mammoth.DocumentConverter;
import org.zwobble.mammoth.Result;

/**
 * A .docx through mammoth's HTML (Word's heading styles become h1–h6, merged cells rowspan/colspan,
 * repeated header rows th), then as any HTML; Word's automatic numbering is written into the text
 * first ({@link WordNumbering}), since mammoth drops it. Images are not read.
 */
final class WordReader {

    private final ImportLimits limits;

    WordReader(ImportLimits limits) {
        this.limits = limits;
    }

    /** Reads {@code file}, already checked by {@link ZipGuard}, naming it {@code name} in messages. */
    SourceDocument read(Path file, String name, SourceFormat format) throws ImportException {
        List<String> notices = new ArrayList<>();
        Path labelled = null;
        Result<String> html;
        try {
            labelled = Files.createTempFile("gongkai-import-", ".docx");
            Path source = file;
            try {
                if (WordNumbering.label(file, labelled)) {
                    source = labelled;
                }
            } catch (IOException e) {
                notices.add("文档的自动编号无法读取，标题和段落前由 Word 自动生成的编号（如“一、”“1.”）没有导入");
            }
            html = new DocumentConverter().imageConverter(image -> Map.of()).convertToHtml(source.toFile());
        } catch (StackOverflowError e) {
            throw new ImportException(name, "文档中的表格或段落嵌套得太深，正常的 Word 文档不会这样",
                    "文件可能是恶意构造或已损坏；请用 Word 或 WPS 打开它，“另存为”一份新的 .docx 后再导入");
        } catch (IOException | RuntimeException e) {
            throw new ImportException(name, "Word 文档已损坏或内容不完整，无法读取",
                    "请用 Word 或 WPS 打开它，“另存为”一份新的 .docx 后再导入");
        } finally {
            if (labelled != null) {
                try {
                    Files.deleteIfExists(labelled);
                } catch (IOException e) {
                    // a temporary copy left in the system's temporary folder is harmless
                }
            }
        }
        Document page = Jsoup.parseBodyFragment(html.getValue());
        HtmlDepth.check(page.body(), name, limits);
        List<Block> blocks = new HtmlBlocks(name, limits, element -> false).read(page.body());
        return new SourceDocument(name, format, Map.of(), blocks, notices);
    }
}
