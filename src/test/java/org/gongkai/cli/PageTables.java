package org.gongkai.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The tables a built report page shows, by their {@code data-table} key: caption and every row's cells as the reader sees them. */
final class PageTables {

    /** The table's number in its caption: 表3 where the sample lists no number, 公开03表 as the workbook prints it. */
    private static final Pattern NUMBER = Pattern.compile("^(表\\s*\\d+|公开\\d+表)\\s*");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?");

    private PageTables() {
    }

    /**
     * An amount by its value: the workbook shows every amount with two decimals ({@code #,##0.00}), so its
     * {@code 0.00} and {@code 9.30} are the sample's {@code 0} and {@code 9.3}.
     */
    private static String figure(String text) {
        return AMOUNT.matcher(text).matches()
                ? new BigDecimal(text.replace(",", "")).stripTrailingZeros().toPlainString() : text;
    }

    static Map<String, List<List<String>>> of(Path site, String page) throws IOException {
        Document document = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        for (Element table : document.select("table[data-table]")) {
            List<List<String>> rows = new ArrayList<>();
            Element caption = table.selectFirst("caption");
            rows.add(List.of(caption == null ? "" : NUMBER.matcher(caption.text()).replaceFirst("")));
            for (Element row : table.select("tr")) {
                rows.add(row.select("th, td").eachText().stream().map(PageTables::figure).toList());
            }
            tables.putIfAbsent(table.attr("data-table"), rows);
        }
        return tables;
    }

    /**
     * Each table both pages show, compared row by row: a line per row that differs. The keys only one side
     * has are returned as {@code only sample: key} / {@code only draft: key}.
     */
    static List<String> differences(Path sampleSite, String samplePage, Path draftSite, String draftPage) throws IOException {
        Map<String, List<List<String>>> sample = of(sampleSite, samplePage);
        Map<String, List<List<String>>> draft = of(draftSite, draftPage);
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> table : sample.entrySet()) {
            List<List<String>> other = draft.get(table.getKey());
            if (other == null) {
                found.add("only sample: " + table.getKey());
                continue;
            }
            List<List<String>> rows = table.getValue();
            for (int i = 0; i < Math.max(rows.size(), other.size()); i++) {
                List<String> a = i < rows.size() ? rows.get(i) : null;
                List<String> b = i < other.size() ? other.get(i) : null;
                if (a == null || !a.equals(b)) {
                    found.add(table.getKey() + " row " + i + ": sample " + a + " draft " + b);
                }
            }
        }
        draft.keySet().stream().filter(k -> !sample.containsKey(k)).forEach(k -> found.add("only draft: " + k));
        return found;
    }

    /** Where each difference is: {@code funds row 2}, {@code only draft: t1}. */
    static List<String> places(List<String> differences) {
        return differences.stream().map(d -> d.startsWith("only ") ? d : d.substring(0, d.indexOf(": sample "))).toList();
    }
}
