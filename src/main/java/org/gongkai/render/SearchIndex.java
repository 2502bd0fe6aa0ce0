package org.gongkai.render;

import org.gongkai.model.ControlCharacters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A client-side search index for Chinese text, which has no spaces between words: every document is
 * indexed by its character bigrams (and by single characters for one-character queries). The search
 * page intersects the postings of a query's bigrams; no server and no external service is involved.
 *
 * <p>A national portal indexes hundreds of thousands of documents, so the index is split:
 * {@code search/index.json} says how; the postings are in shards {@code search/g/<n>.json} chosen by a
 * hash of the bigram (a query loads one shard per bigram), as gaps between ascending document numbers;
 * the documents are in chunks {@code search/d/<n>.json} of {@value #CHUNK} (a query loads the chunks of
 * the results it shows).
 */
final class SearchIndex {

    static final int CHUNK = 1000;
    /** About how many postings one shard holds; a small site has a single shard. */
    static final int POSTINGS_PER_SHARD = 5_000;

    private final List<String[]> documents = new ArrayList<>();
    private final Map<String, Postings> postings = new HashMap<>();
    private long total;

    /** @param kind 单位, 报告, 指标 or 正文 */
    void add(String kind, String title, String href, String text) {
        int id = documents.size();
        title = ControlCharacters.remove(title);
        String body = text == null ? "" : ControlCharacters.remove(text).replaceAll("\\s+", " ").strip();
        documents.add(new String[] {kind, title, href, body.length() > 80 ? body.substring(0, 80) + "…" : body});
        for (String gram : grams(title + " " + body)) {
            if (postings.computeIfAbsent(gram, g -> new Postings()).add(id)) {
                total++;
            }
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

    /** The shard of a term: the same hash as search.js (31 × h + code point, 32-bit, unsigned remainder). */
    static int shard(String gram, int shards) {
        int h = 0;
        for (int point : gram.codePoints().toArray()) {
            h = 31 * h + point;
        }
        return Integer.remainderUnsigned(h, shards);
    }

    /** A power of two, so that shards stay about {@value #POSTINGS_PER_SHARD} postings (at most 4,096 shards). */
    int shards() {
        int shards = 1;
        while (shards < 4096 && (long) shards * POSTINGS_PER_SHARD < total) {
            shards *= 2;
        }
        return shards;
    }

    /** The index files by path below the site. */
    Map<String, byte[]> files() {
        int shards = shards();
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("documents", documents.size());
        meta.put("chunk", CHUNK);
        meta.put("shards", shards);
        files.put("search/index.json", Downloads.compactJson(meta));
        List<TreeMap<String, int[]>> byShard = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            byShard.add(new TreeMap<>());
        }
        postings.forEach((gram, ids) -> byShard.get(shard(gram, shards)).put(gram, ids.gaps()));
        for (int s = 0; s < shards; s++) {
            files.put("search/g/" + s + ".json", Downloads.compactJson(byShard.get(s)));
        }
        for (int from = 0, n = 0; from < documents.size(); from += CHUNK, n++) {
            List<Map<String, String>> chunk = new ArrayList<>();
            for (String[] d : documents.subList(from, Math.min(documents.size(), from + CHUNK))) {
                Map<String, String> document = new LinkedHashMap<>();
                document.put("k", d[0]);
                document.put("t", d[1]);
                document.put("u", d[2]);
                document.put("s", d[3]);
                chunk.add(document);
            }
            files.put("search/d/" + n + ".json", Downloads.compactJson(chunk));
        }
        return files;
    }

    /** Ascending document numbers, each added once; an int array rather than a set of boxed numbers. */
    private static final class Postings {
        private int[] ids = new int[4];
        private int size;

        boolean add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return false;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
            return true;
        }

        /** The first number, then the gap to each next one: small numbers, a smaller file. */
        int[] gaps() {
            int[] gaps = new int[size];
            for (int i = 0; i < size; i++) {
                gaps[i] = i == 0 ? ids[0] : ids[i] - ids[i - 1];
            }
            return gaps;
        }
    }
}
