package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.model.SiteOutput;
import org.gongkai.model.Unit;

/**
 * A report page's schema.org {@code Dataset} in JSON-LD, so data search engines find its figures: its
 * title, publisher, year, place, and every download of its data (each table's CSV, data.json, the
 * bundle, the source YAML, the workbook where the site makes one) with its format. Put into the page
 * after the template rendered it, because the downloads are read from the rendered tables.
 */
final class DatasetJsonLd {


    private DatasetJsonLd() {
    }

    /**
     * The page with its Dataset script at the end of its body (before the last {@code </body>}, after the
     * page's text, so the page reads as before); the page as it is when it has no body end tag.
     */
    static String into(String html, Site site, Report report, Unit unit, String publisher, String path, List<TableData> tables) {
        int end = html.lastIndexOf("</body>");
        if (end < 0) {
            return html;
        }
        String json = new String(Downloads.json(dataset(site, report, unit, publisher, path, tables)), StandardCharsets.UTF_8).strip()
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        return html.substring(0, end) + "<script type=\"application/ld+json\">\n" + json + "\n</script>\n" + html.substring(end);
    }

    static Map<String, Object> dataset(Site site, Report report, Unit unit, String publisher, String path, List<TableData> tables) {
        String base = site.baseUrl() == null ? "" : Feeds.base(site);
        String folder = base + PageWriter.folderOf(path);
        String kind = report.kind().chinese();
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@context", "https://schema.org");
        dataset.put("@type", "Dataset");
        dataset.put("name", report.header().title());
        dataset.put("description", publisher + report.year() + "年度" + kind + "公开的表格数据：" + tables.stream()
                .filter(t -> !t.key().startsWith("chart-")).map(TableData::caption).reduce((a, b) -> a + "、" + b).orElse("无表格") + "。");
        if (!base.isEmpty()) {
            dataset.put("url", base + path);
        }
        dataset.put("inLanguage", site.lang());
        dataset.put("temporalCoverage", String.valueOf(report.year()));
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", unit.regionText());
        dataset.put("spatialCoverage", place);
        java.util.LinkedHashSet<String> keywords = new java.util.LinkedHashSet<>(List.of(unit.name(), unit.regionText(), report.year() + "年度", kind));
        if (unit.keywords() != null) {
            keywords.addAll(unit.keywords());
        }
        if (site.keywords() != null) {
            keywords.addAll(site.keywords());
        }
        keywords.removeIf(String::isBlank);
        dataset.put("keywords", List.copyOf(keywords));
        dataset.put("isAccessibleForFree", true);
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", publisher);
        dataset.put("publisher", organization);
        dataset.put("creator", organization);
        report.header().publishedDate().ifPresent(date -> dataset.put("datePublished", date.toString()));
        List<Map<String, Object>> distribution = new ArrayList<>();
        for (TableData table : tables) {
            distribution.add(download(table.caption(), "text/csv", folder + table.key() + ".csv"));
        }
        if (!tables.isEmpty()) {
            distribution.add(download("本页全部表格（JSON）", "application/json", folder + "data.json"));
        }
        distribution.add(download("本报告数据包（ZIP：各表 CSV、JSON、datapackage.json、原始 YAML）", "application/zip", folder + "bundle.zip"));
        distribution.add(download("原始数据（YAML）", "application/yaml", folder + "source.yaml"));
        if (site.makes(SiteOutput.XLSX)) {
            distribution.add(download("Excel（本报告各表）", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    folder + OfficeOutputs.WORKBOOK));
        }
        dataset.put("distribution", distribution);
        return dataset;
    }

    private static Map<String, Object> download(String name, String format, String url) {
        Map<String, Object> download = new LinkedHashMap<>();
        download.put("@type", "DataDownload");
        download.put("name", name);
        download.put("encodingFormat", format);
        download.put("contentUrl", url);
        return download;
    }
}
