package org.gongkai.imports;

import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The nesting of a parsed page, measured without recursion, so that what walks it later cannot overflow. */
final class HtmlDepth {

    private HtmlDepth() {
    }

    static void check(Element root, String fileName, ImportLimits limits) throws ImportException {
        int[] deepest = {0};
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> deepest[0] = Math.max(deepest[0], depth), root);
        if (deepest[0] > limits.maxDepth()) {
            throw new ImportException(fileName, "内容嵌套超过 " + limits.maxDepth() + " 层，正常的网页和文档不会这样",
                    "文件可能是恶意构造或已损坏；请改用原始的 Word 或 Excel 文件导入");
        }
    }
}
