package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search index splits into shards and chunks when it grows, so a reader never loads all of it. */
class SearchIndexTest {

    @Test
    void aLargeIndexIsShardedByBigramAndChunkedByDocument() throws IOException {
        SearchIndex index = new SearchIndex();
        for (int i = 0; i < 5_000; i++) {
            index.add("报告", String.format("示例市%04d医疗保障局部门决算", i), "units/u" + i + "/index.html",
                    "基本支出、项目支出与三公经费" + i);
        }
        int shards = index.shards();
        assertTrue(shards > 1 && Integer.bitCount(shards) == 1, "a power of two above one: " + shards);
        Map<String, byte[]> files = index.files();
        ObjectMapper json = new ObjectMapper();
        JsonNode meta = json.readTree(files.get("search/index.json"));
        assertEquals(5_000, meta.path("documents").asInt());
        assertEquals(shards, meta.path("shards").asInt());
        assertEquals(5, files.keySet().stream().filter(p -> p.startsWith("search/d/")).count(), "5,000 documents in chunks of 1,000");
        // "保障" is in every document: its postings are 0 then gaps of 1, in the shard its hash names.
        JsonNode postings = json.readTree(files.get("search/g/" + SearchIndex.shard("保障", shards) + ".json")).path("保障");
        assertEquals(5_000, postings.size());
        assertEquals(0, postings.get(0).asInt());
        assertEquals(1, postings.get(4_999).asInt());
        JsonNode last = json.readTree(files.get("search/d/4.json")).get(999);
        assertEquals("units/u4999/index.html", last.path("u").asText());
    }

    @Test
    void theShardHashIsTheOneSearchJsComputes() {
        // search.js: h = (Math.imul(h, 31) + codePoint) | 0, then (h >>> 0) % shards. For "保障":
        // 0x4FDD = 20445, 0x969C = 38556; 20445 × 31 + 38556 = 672351.
        assertEquals(672_351 % 64, SearchIndex.shard("保障", 64));
        // An astral character counts as one code point, as Array.from does in JavaScript.
        assertEquals((0x20000 * 31 + 0x4E00) % 7, SearchIndex.shard("\uD840\uDC00一", 7));
    }
}
