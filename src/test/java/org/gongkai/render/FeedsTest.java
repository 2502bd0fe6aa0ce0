package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.SampleContent;
import org.gongkai.derive.Overview;
import org.gongkai.derive.ReportSummary;
import org.gongkai.load.ContentLoader;
import org.gongkai.model.Content;
import org.gongkai.model.ReportHeader;
import org.gongkai.model.Site;
import org.gongkai.model.Unit;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Feeds and sitemaps stay within what readers and search engines accept at national scale. */
class FeedsTest {

    private final Content content = new ContentLoader().load(SampleContent.SAMPLE).content();

    @Test
    void moreThan50000PagesMakeASitemapIndex() {
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < Feeds.SITEMAP_LIMIT + 1; i++) {
            pages.add(String.format("units/u%06d/index.html", i));
        }
        Map<String, byte[]> files = Feeds.sitemaps(content.site(), pages);
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"), List.copyOf(files.keySet()));
        String index = new String(files.get("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(index.contains("<sitemapindex") && index.contains("<loc>https://example.org/gongkai/sitemap-2.xml</loc>"), index);
        assertEquals(Feeds.SITEMAP_LIMIT, count(files.get("sitemap-1.xml")));
        assertEquals(1, count(files.get("sitemap-2.xml")));
        assertTrue(new String(files.get("sitemap-2.xml"), StandardCharsets.UTF_8).contains("units/u050000/index.html"));
    }

    @Test
    void aSmallSiteHasOneSitemap() {
        Map<String, byte[]> files = Feeds.sitemaps(content.site(), List.of("index.html"));
        assertEquals(List.of("sitemap.xml"), List.copyOf(files.keySet()));
        assertEquals(1, count(files.get("sitemap.xml")));
    }

    private static int count(byte[] xml) {
        return (int) Pattern.compile("<url>").matcher(new String(xml, StandardCharsets.UTF_8)).results().count();
    }

    /** Markup, quotes, control characters (\0, ESC, C1, U+FFFE, a lone surrogate), tab and line breaks. */
    private static final String HOSTILE = "<b>&amp; 'q' \"d\"\u0000\u001b[2J\u0085\uFFFE\uD800 end\tx\r\ny";
    /** What a reader must get back of it: the text, without the characters XML cannot hold. */
    private static final String SHOWN = "<b>&amp; 'q' \"d\"[2J end\tx\r\ny";

    /** The repro (language written raw into xml:lang, control characters in values), and any other text. */
    @Test
    void feedAndSitemapAreWellFormedXmlWhateverTheContentSays() throws Exception {
        Site sample = content.site();
        Site site = new Site(sample.digest(), HOSTILE, "https://example.org/<g>&\"'\u0000/", "zh-CN\" onload=\"x\u0000<&'\n",
                sample.scope(), sample.percentDecimals(), sample.gradeScales(), sample.gradeScale(), sample.gradeScaleByKind(),
                sample.charts(), sample.outputs(), sample.pdfFont(), sample.siteIdCode(), sample.organizer(), sample.column(), sample.keywords(),
                sample.builtInTables(), sample.origin());
        Unit u = content.units().get(0);
        Unit unit = new Unit(u.id(), u.file(), u.digest(), HOSTILE, u.shortName(), u.level(), u.region(), u.parent(),
                u.gradeScale(), u.departments(), u.subordinates(), u.staffing(), u.keywords(), u.origin());
        ReportHeader h = content.reportsByUnit().get(u.id()).get(0).header();
        ReportHeader header = new ReportHeader(h.unitId(), h.id(), h.file(), h.narrative(), h.sections(), h.digest(), h.kind(),
                HOSTILE, h.year(), h.moneyUnit(), HOSTILE, HOSTILE, h.gradeScale(), h.source());
        Overview overview = Overview.of(site, List.of(unit), List.of(new ReportSummary(header, null, null, null, null, List.of())));

        byte[] feed = Feeds.atom(overview);
        Document atom = parse(feed);
        Element root = atom.getDocumentElement();
        assertEquals("zh-CN\" onload=\"x<&'\n", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals(SHOWN, text(root, "title", 0));
        assertEquals(SHOWN, text(root, "title", 1));
        assertEquals(SHOWN, text(root, "name", 0));
        assertEquals("https://example.org/<g>&\"'/", text(root, "id", 0));
        assertTrue(text(root, "summary", 0).startsWith(SHOWN + " "), text(root, "summary", 0));
        assertClean(feed);

        for (byte[] sitemap : List.of(Feeds.sitemaps(site, List.of("index.html")).get("sitemap.xml"),
                Feeds.sitemaps(site, java.util.stream.IntStream.rangeClosed(0, Feeds.SITEMAP_LIMIT)
                        .mapToObj(i -> "p" + i + ".html").toList()).get("sitemap.xml"))) {
            String loc = text(parse(sitemap).getDocumentElement(), "loc", 0);
            assertTrue(loc.equals("https://example.org/<g>&\"'/index.html") || loc.equals("https://example.org/<g>&\"'/sitemap-1.xml"), loc);
            assertClean(sitemap);
        }
    }

    /** A line break in base-url cannot add rules to robots.txt (URL parsers drop tabs and line breaks too). */
    @Test
    void robotsTxtIsThreeLinesWhateverTheBaseUrl() {
        Site sample = content.site();
        Site site = new Site(sample.digest(), sample.title(), "https://example.org/\nDisallow: /\r\nx", sample.language(),
                sample.scope(), sample.percentDecimals(), sample.gradeScales(), sample.gradeScale(), sample.gradeScaleByKind(),
                sample.charts(), sample.outputs(), sample.pdfFont(), sample.siteIdCode(), sample.organizer(), sample.column(), sample.keywords(),
                sample.builtInTables(), sample.origin());
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://example.org/Disallow: /x/sitemap.xml\n",
                new String(Feeds.robots(site), StandardCharsets.UTF_8));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new java.io.ByteArrayInputStream(xml));
    }

    private static String text(Element root, String name, int index) {
        return root.getElementsByTagNameNS("*", name).item(index).getTextContent();
    }

    private static void assertClean(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFD),
                text);
    }
}
