package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.SampleContent;
import org.gongkai.load.ContentLoader;
import org.gongkai.model.Content;
import org.junit.jupiter.api.Test;

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
}
