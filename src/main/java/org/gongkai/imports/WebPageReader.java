package org.gongkai.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page saved from a government site: the article only (navigation, header and footer dropped), the
 * 索引号/发布机构/发布日期 header as metadata. The charset comes from the page's BOM or meta tag
 * (gb2312 and gbk read as GB18030, their superset).
 */
final class WebPageReader {

    private static final Set<String> CHINESE_LEGACY = Set.of("GB2312", "GBK", "x-mswin-936", "EUC-CN");

    private final ImportLimits limits;

    WebPageReader(ImportLimits limits) {
        this.limits = limits;
    }

    SourceDocument read(Path file, String name) throws ImportException {
        Document page;
        try {
            page = Jsoup.parse(file.toFile(), null);
            if (CHINESE_LEGACY.contains(page.charset().name())) {
                // A page declared gb2312 or gbk is GBK in practice (browsers read it so): read it as
                // GB18030, which holds both, so 珺, 堃, ≧ and the like are not lost.
                page = Jsoup.parse(file.toFile(), "GB18030");
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportException(name, "无法读取网页文件", "请在浏览器中重新“另存为网页（仅 HTML）”后再导入");
        }
        HtmlDepth.check(page, name, limits);
        Map<String, String> metadata = CmsMetadata.read(page.body(), page.title());
        Element article = CmsArticle.find(page);
        String title = CmsArticle.title(page, article);
        List<Block> blocks = new ArrayList<>();
        if (title != null) {
            blocks.add(new Heading(1, title));
        }
        blocks.addAll(new HtmlBlocks(name, limits, CmsMetadata::isHeader).read(article));
        if (blocks.isEmpty()) {
            throw new ImportException(name, "网页中没有找到正文", "请确认保存的是公开文件的正文页面，而不是栏目或首页");
        }
        return new SourceDocument(name, SourceFormat.HTML, metadata, blocks, List.of());
    }
}
