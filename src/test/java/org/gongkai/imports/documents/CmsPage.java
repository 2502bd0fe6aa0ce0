package org.gongkai.imports.documents;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * A page as a government site's CMS (TRS, 大汉…) publishes a disclosure, saved from the browser: site
 * header and navigation, breadcrumb, a 索引号/发布机构/发布日期/文号 table, the article in a
 * {@code TRS_Editor} div (Word-pasted markup: MsoNormal paragraphs, spans with fonts, tables with
 * inline styles, rowspan and colspan), then share links and the footer. Declared gb2312 and written
 * in GBK, as most such sites serve their pages.
 */
final class CmsPage {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String CELL = "border:1px solid #000000;padding:2px 4px;font-family:宋体;font-size:10.5pt";

    private final StringBuilder article = new StringBuilder();

    CmsPage paragraph(String text) {
        article.append("<p class=\"MsoNormal\" style=\"text-indent:2em;line-height:28px\"><span style=\"font-family:仿宋_GB2312;font-size:16pt\">")
                .append(escape(text)).append("</span></p>\n");
        return this;
    }

    CmsPage centred(String text) {
        article.append("<p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\"><b><span style=\"font-family:方正小标宋简体;font-size:22pt\">")
                .append(escape(text)).append("</span></b></p>\n");
        return this;
    }

    CmsPage table(Grid grid) {
        article.append("<table class=\"MsoNormalTable\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\" ")
                .append("style=\"border-collapse:collapse;border:none;width:100.0%\">\n<tbody>\n");
        for (int r = 0; r < grid.rows.size(); r++) {
            article.append("<tr style=\"height:20.0pt\">");
            for (Grid.Cell cell : grid.rows.get(r)) {
                article.append("<td");
                if (cell.rowspan() > 1) {
                    article.append(" rowspan=\"").append(cell.rowspan()).append('"');
                }
                if (cell.colspan() > 1) {
                    article.append(" colspan=\"").append(cell.colspan()).append('"');
                }
                article.append(" valign=\"middle\" style=\"").append(CELL).append(cell.heading() ? ";text-align:center" : "").append("\">");
                String text = escape(cell.text()).replace("\n", "<br />");
                article.append("<p class=\"MsoNormal\" style=\"text-align:").append(cell.number() != null ? "right" : "left").append("\">")
                        .append(cell.heading() ? "<b>" + text + "</b>" : text.isEmpty() ? "&nbsp;" : "<span>" + text + "</span>")
                        .append("</p></td>");
            }
            article.append("</tr>\n");
        }
        article.append("</tbody>\n</table>\n");
        return this;
    }

    /** The whole page: {@code metadata} is the header table's fields in order (label → value). */
    byte[] bytes(String site, String title, List<String> breadcrumb, Map<String, String> metadata) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />\n")
                .append("<title>").append(escape(title)).append('_').append(escape(site)).append("</title>\n")
                .append("<meta name=\"ArticleTitle\" content=\"").append(escape(title)).append("\" />\n")
                .append("<link href=\"../../images/style.css\" rel=\"stylesheet\" type=\"text/css\" />\n")
                .append("<script type=\"text/javascript\" src=\"../../js/jquery.min.js\"></script>\n")
                .append("<style type=\"text/css\">.TRS_Editor P{line-height:2;font-size:12pt;}</style>\n")
                .append("</head>\n<body>\n")
                .append("<div class=\"top_bar\"><div class=\"w1200\"><span class=\"fl\">欢迎访问").append(escape(site))
                .append("！</span><span class=\"fr\"><a href=\"#\">无障碍</a> | <a href=\"#\">长者模式</a> | <a href=\"#\">English</a></span></div></div>\n")
                .append("<div class=\"header\"><div class=\"w1200\"><a href=\"../../index.html\"><img src=\"../../images/logo.png\" alt=\"")
                .append(escape(site)).append("\" /></a>\n<div class=\"search\"><input type=\"text\" name=\"q\" value=\"请输入关键字\" /><button>搜索</button></div></div></div>\n")
                .append("<div class=\"nav\"><ul>");
        for (String item : List.of("首页", "机构概况", "政务公开", "政策文件", "办事服务", "互动交流", "专题专栏")) {
            page.append("<li><a href=\"#\">").append(item).append("</a></li>");
        }
        page.append("</ul></div>\n<div class=\"w1200 main\">\n<div class=\"position\">当前位置：");
        for (int i = 0; i < breadcrumb.size(); i++) {
            page.append(i == 0 ? "" : " &gt; ").append("<a href=\"#\">").append(escape(breadcrumb.get(i))).append("</a>");
        }
        page.append("</div>\n<div class=\"xxgk_table\"><table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">\n");
        List<Map.Entry<String, String>> fields = List.copyOf(metadata.entrySet());
        for (int i = 0; i < fields.size(); i += 2) {
            page.append("<tr>");
            for (int k = i; k < i + 2 && k < fields.size(); k++) {
                page.append("<td class=\"t1\">").append(escape(fields.get(k).getKey())).append("：</td><td class=\"t2\">")
                        .append(escape(fields.get(k).getValue())).append("</td>");
            }
            page.append("</tr>\n");
        }
        page.append("</table></div>\n<div class=\"article\">\n<h1 class=\"title\">").append(escape(title)).append("</h1>\n")
                .append("<div class=\"info\"><span>发布时间：").append(escape(metadata.getOrDefault("发布日期", "")))
                .append("</span><span>来源：").append(escape(metadata.getOrDefault("发布机构", "")))
                .append("</span><span>【字体：<a href=\"#\">大</a> <a href=\"#\">中</a> <a href=\"#\">小</a>】</span><a href=\"javascript:window.print()\">打印</a></div>\n")
                .append("<div class=\"TRS_Editor\">\n").append(article).append("</div>\n")
                .append("<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a></div>\n")
                .append("<div class=\"related\"><h3>相关链接</h3><ul><li><a href=\"#\">2022年度部门决算公开</a></li><li><a href=\"#\">2024年度部门预算公开</a></li></ul></div>\n")
                .append("</div>\n</div>\n<div class=\"footer\"><div class=\"w1200\"><p>主办单位：").append(escape(site))
                .append(" | 网站标识码：0000000000 | 备案号：示例ICP备00000000号</p><p>版权所有：").append(escape(site))
                .append(" 地址：（示例） 电话：（示例）</p></div></div>\n")
                .append("<script type=\"text/javascript\">var _hmt = _hmt || [];</script>\n</body>\n</html>\n");
        // Saved as such sites serve it: declared gb2312, written in GBK (as every browser reads gb2312),
        // so a character outside GB2312 (≧ here) is in the file as GBK has it.
        if (!GBK.newEncoder().canEncode(page)) {
            throw new IllegalStateException("the page has a character GBK cannot write");
        }
        return page.toString().getBytes(GBK);
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
