package org.gongkai.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A client-side search index for Chinese text, which has no spaces between words: every document is
 * indexed by its character bigrams (and by single characters for one-character queries). The search
 * page intersects the postings of a query's bigrams; no server and no external service is involved.
 */
final class SearchIndex {

    private final List<Map<String, String>> documents = new ArrayList<>();
    private final Map<String, TreeSet<Integer>> postings = new TreeMap<>();

    /** @param kind 单位, 报告, 指标 or 正文 */
    void add(String kind, String title, String href, String text) {
        int id = documents.size();
        Map<String, String> document = new LinkedHashMap<>();
        document.put("k", kind);
        document.put("t", title);
        document.put("u", href);
        String body = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        document.put("s", body.length() > 80 ? body.substring(0, 80) + "…" : body);
        documents.add(document);
        for (String gram : grams(title + " " + body)) {
            postings.computeIfAbsent(gram, g -> new TreeSet<>()).add(id);
        }
    }

    /** The index terms of a text: its lower-cased character bigrams and single characters, without spaces. */
    static List<String> grams(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        List<String> grams = new ArrayList<>();
        int[] points = folded.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        for (int i = 0; i < points.length; i++) {
            grams.add(new String(points, i, 1));
            if (i + 1 < points.length) {
                grams.add(new String(points, i, 2));
            }
        }
        return grams;
    }

    byte[] json() {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("documents", documents);
        Map<String, List<Integer>> grams = new LinkedHashMap<>();
        postings.forEach((gram, ids) -> grams.put(gram, List.copyOf(ids)));
        index.put("grams", grams);
        return Downloads.json(index);
    }
}
