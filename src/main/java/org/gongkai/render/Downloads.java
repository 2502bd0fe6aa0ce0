package org.gongkai.render;

import org.gongkai.model.ControlCharacters;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
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

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(withoutControlCharacters())
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper().registerModule(withoutControlCharacters());

    private Downloads() {
    }

    /** CSV files for each table of the page in {@code folder}, and data.json with all of them. */
    static Map<String, byte[]> forPage(String folder, String html, Map<String, Object> metadata) {
        return forPage(folder, TableData.of(html), metadata);
    }

    /** The same, from the page's tables already read. */
    static Map<String, byte[]> forPage(String folder, List<TableData> tables, Map<String, Object> metadata) {
        Map<String, byte[]> files = new TreeMap<>();
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

    /**
     * Text values written without control characters: JSON would keep a NUL as {@code \\u0000}, and a
     * script would put it back on a page.
     */
    private static SimpleModule withoutControlCharacters() {
        return new SimpleModule().addSerializer(String.class, new StdSerializer<>(String.class) {
            @Override
            public void serialize(String text, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(ControlCharacters.remove(text));
            }
        });
    }

    private static byte[] json(ObjectMapper mapper, Object value) {
        try {
            return (mapper.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
