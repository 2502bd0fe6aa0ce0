package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.gongkai.model.Content;
import org.gongkai.model.Report;

/** sitemap.xml, an Atom feed of the disclosures (newest first) and robots.txt, with absolute links from base-url. */
final class Feeds {

    private Feeds() {
    }

    static String base(Content content) {
        String base = content.site().baseUrl() == null ? "/" : content.site().baseUrl().strip();
        return base.endsWith("/") ? base : base + "/";
    }

    /** The sitemap protocol's limit of URLs in one file. */
    static final int SITEMAP_LIMIT = 50_000;
    /** How many reports the Atom feed lists: what is new, not the whole archive. */
    static final int FEED_ENTRIES = 100;

    /**
     * sitemap.xml with every page; past {@value #SITEMAP_LIMIT} pages (a national portal) sitemap.xml is
     * a sitemap index of sitemap-1.xml, sitemap-2.xml, … as the protocol requires.
     */
    static java.util.Map<String, byte[]> sitemaps(Content content, List<String> pages) {
        String base = base(content);
        List<String> sorted = pages.stream().sorted().toList();
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        if (sorted.size() <= SITEMAP_LIMIT) {
            files.put("sitemap.xml", urlset(base, sorted));
            return files;
        }
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int from = 0, n = 1; from < sorted.size(); from += SITEMAP_LIMIT, n++) {
            String name = "sitemap-" + n + ".xml";
            files.put(name, urlset(base, sorted.subList(from, Math.min(sorted.size(), from + SITEMAP_LIMIT))));
            index.append("  <sitemap><loc>").append(escape(base + name)).append("</loc></sitemap>\n");
        }
        files.put("sitemap.xml", index.append("</sitemapindex>\n").toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static byte[] urlset(String base, List<String> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.forEach(page -> xml.append("  <url><loc>").append(escape(base + page)).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The newest {@value #FEED_ENTRIES} reports: by 发布日期 where given (as written, YYYY-MM-DD), else by year. */
    static byte[] atom(Content content) {
        String base = base(content);
        List<Report> reports = content.reports().stream()
                .sorted(Comparator.comparing(Feeds::updated).reversed().thenComparing(ReportLink::pathOf))
                .limit(FEED_ENTRIES)
                .toList();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(content.site().lang()).append("\">\n")
                .append("  <title>").append(escape(content.site().title())).append("</title>\n")
                .append("  <id>").append(escape(base)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(base + "feed.xml")).append("\"/>\n")
                .append("  <link href=\"").append(escape(base)).append("\"/>\n")
                .append("  <updated>").append(reports.isEmpty() ? "2000-01-01T00:00:00Z" : updated(reports.get(0)))
                .append("</updated>\n");
        for (Report report : reports) {
            String unit = content.unit(report.header().unitId()).map(u -> u.name()).orElse("");
            String url = base + ReportLink.pathOf(report);
            xml.append("  <entry>\n")
                    .append("    <title>").append(escape(report.header().title())).append("</title>\n")
                    .append("    <id>").append(escape(url)).append("</id>\n")
                    .append("    <link href=\"").append(escape(url)).append("\"/>\n")
                    .append("    <updated>").append(updated(report)).append("</updated>\n")
                    .append("    <author><name>").append(escape(report.header().publisher() == null ? unit
                            : report.header().publisher())).append("</name></author>\n")
                    .append("    <summary>").append(escape(unit + " " + report.year() + "年度" + report.kind().chinese()))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String updated(Report report) {
        String published = report.header().published();
        if (published != null && published.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return published.strip() + "T00:00:00Z";
        }
        return (report.year() + 1) + "-01-01T00:00:00Z";
    }

    static byte[] robots(Content content) {
        return ("User-agent: *\nAllow: /\nSitemap: " + base(content) + "sitemap.xml\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
