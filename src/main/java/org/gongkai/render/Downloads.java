package org.gongkai.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data beside the pages: a CSV for every table (UTF-8 with BOM), a JSON of all of a page's tables,
 * (bundles and datasets are {@link ZipArchive}s).
 */
final class Downloads {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private Downloads() {
    }

    /** CSV files for each table of the page in {@code folder}, and data.json with all of them. */
    static Map<String, byte[]> forPage(String folder, String html, Map<String, Object> metadata) {
        Map<String, byte[]> files = new TreeMap<>();
        List<TableData> tables = TableData.of(html);
        if (tables.isEmpty()) {
            return files;
        }
        List<Map<String, Object>> json = new java.util.ArrayList<>();
        for (TableData table : tables) {
            files.put(folder + table.key() + ".csv", table.csv());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", table.key());
            item.put("caption", table.caption());
            item.put("csv", table.key() + ".csv");
            item.put("rows", table.rows());
            json.add(item);
        }
        Map<String, Object> document = new LinkedHashMap<>(metadata);
        document.put("tables", json);
        files.put(folder + "data.json", json(document));
        return files;
    }

    /** JSON for readers: indented, one value per line. */
    static byte[] json(Object value) {
        return json(JSON, value);
    }

    /** JSON only a script reads (the search index): no indentation, a third smaller. */
    static byte[] compactJson(Object value) {
        return json(COMPACT, value);
    }

    private static byte[] json(ObjectMapper mapper, Object value) {
        try {
            return (mapper.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
