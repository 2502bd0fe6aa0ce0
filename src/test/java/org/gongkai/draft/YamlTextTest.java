package org.gongkai.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a document prints is written so that a YAML reader gets it back exactly, and no comment or key can be forged. */
class YamlTextTest {

    private static final List<String> HOSTILE = List.of("no", "2022-12-31", "100%", "≥90%", "# not a comment", "a: b",
            "key: value # x", "- item", "\"quoted\"", "back\\slash", "two\nlines", "tab\there", "{ flow: map }", "[1, 2]",
            "&anchor", "*alias", "!!python/object", "---", "...", "@at", "`tick`", "|", ">", "~", "null", "", "  spaces  ",
            "0x1F", "1e3", ".inf", "公开01表：“三公”经费");

    @Test
    void everyTextComesBackAsWritten() throws Exception {
        YamlMap map = new YamlMap();
        for (int i = 0; i < HOSTILE.size(); i++) {
            map.put("k" + i, HOSTILE.get(i));
        }
        map.put("list", List.<Object>of("no", new YamlMap().put("text", "# x").put("rows", 2)));
        map.put("header", List.<Object>of(List.<Object>of("项目: x", new YamlMap().put("text", "资金, \"全年\"").put("cols", 2))));
        map.put("amount", new YamlMap.Figure(new BigDecimal("3429.910"), "来源：a#b.xlsx 表1\n第5行 第2列"));
        map.put("中文键", "值");

        String yaml = YamlText.of(List.of("首行\n第二行"), map);
        Map<?, ?> read = new ObjectMapper(new YAMLFactory()).readValue(yaml, Map.class);

        for (int i = 0; i < HOSTILE.size(); i++) {
            assertEquals(HOSTILE.get(i), read.get("k" + i), yaml);
        }
        assertEquals(List.of("no", Map.of("text", "# x", "rows", 2)), read.get("list"));
        assertEquals(List.of(List.of("项目: x", Map.of("text", "资金, \"全年\"", "cols", 2))), read.get("header"));
        assertEquals(3429.91, ((Number) read.get("amount")).doubleValue());
        assertEquals("值", read.get("中文键"));
        Map<String, Object> keys = new LinkedHashMap<>();
        read.forEach((k, v) -> keys.put((String) k, v));
        assertEquals(HOSTILE.size() + 4, keys.size(), "no key forged by a comment or a line break:\n" + yaml);
        assertEquals(true, yaml.contains("amount: 3429.910  # 来源：a#b.xlsx 表1 第5行 第2列\n"), yaml);
        assertEquals(true, yaml.startsWith("# 首行 第二行\n"), yaml);
    }
}
