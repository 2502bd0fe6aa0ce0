package org.gongkai.render;

import org.gongkai.model.ControlCharacters;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.gongkai.derive.Overview;
import org.gongkai.derive.ReportSummary;
import org.gongkai.model.ReportHeader;
import org.gongkai.model.Site;

/** sitemap.xml, an Atom feed of the disclosures (newest first) and robots.txt, with absolute links from base-url. */
final class Feeds {

    private Feeds() {
    }

    /**
     * base-url, ending in a slash, without any control character: URL parsers drop tabs and line breaks
     * from a URL anyway, and in robots.txt a line break would start a rule of its own.
     */
    static String base(Site site) {
        String base = site.baseUrl() == null ? "/" : ControlCharacters.remove(site.baseUrl().strip()).replaceAll("[\t\n\r]", "");
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
    static java.util.Map<String, byte[]> sitemaps(Site site, List<String> pages) {
        String base = base(site);
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
    static byte[] atom(Overview overview) {
        Site site = overview.site();
        String base = base(site);
        List<ReportSummary> reports = overview.reports().stream()
                .sorted(Comparator.comparing((ReportSummary s) -> updated(s.header())).reversed()
                        .thenComparing(s -> ReportLink.pathOf(s.header())))
                .limit(FEED_ENTRIES)
                .toList();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(escape(site.lang())).append("\">\n")
                .append("  <title>").append(escape(site.title())).append("</title>\n")
                .append("  <id>").append(escape(base)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(base + "feed.xml")).append("\"/>\n")
                .append("  <link href=\"").append(escape(base)).append("\"/>\n")
                .append("  <updated>").append(reports.isEmpty() ? "2000-01-01T00:00:00Z" : updated(reports.get(0).header()))
                .append("</updated>\n");
        for (ReportSummary summary : reports) {
            ReportHeader report = summary.header();
            String unit = overview.unit(report.unitId()).map(u -> u.name()).orElse("");
            String url = base + ReportLink.pathOf(report);
            xml.append("  <entry>\n")
                    .append("    <title>").append(escape(report.title())).append("</title>\n")
                    .append("    <id>").append(escape(url)).append("</id>\n")
                    .append("    <link href=\"").append(escape(url)).append("\"/>\n")
                    .append("    <updated>").append(updated(report)).append("</updated>\n")
                    .append("    <author><name>").append(escape(report.publisher() == null ? unit
                            : report.publisher())).append("</name></author>\n")
                    .append("    <summary>").append(escape(unit + " " + report.year() + "年度" + summary.documentName()))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String updated(ReportHeader report) {
        String published = report.published();
        if (published != null && published.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return published.strip() + "T00:00:00Z";
        }
        return (report.year() + 1) + "-01-01T00:00:00Z";
    }

    static byte[] robots(Site site) {
        return ("User-agent: *\nAllow: /\nSitemap: " + base(site) + "sitemap.xml\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Text for an XML element or attribute value, whatever it holds: markup and quotes escaped, tab and
     * line breaks as character references (so an attribute keeps them and CR survives parsing), and the
     * characters XML 1.0 cannot hold removed.
     */
    static String escape(String text) {
        String clean = ControlCharacters.remove(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
