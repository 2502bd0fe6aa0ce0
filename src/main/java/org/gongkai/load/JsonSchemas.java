package org.gongkai.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Cell;
import org.gongkai.model.Evaluation;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.FromPath;
import org.gongkai.model.Inline;
import org.gongkai.model.Labeled;
import org.gongkai.model.Origin;
import org.gongkai.model.ReportKind;
import org.gongkai.model.Required;
import org.gongkai.model.Shorthand;
import org.gongkai.model.Site;
import org.gongkai.model.Unit;

/**
 * JSON Schemas (draft-07) for the content files, generated from the same records and the same key
 * rules the loader binds with, so an editor (VS Code with the YAML extension) completes and checks
 * exactly what gongkai accepts.
 */
public final class JsonSchemas {

    private JsonSchemas() {
    }

    /** File name → schema text, for site.yaml, unit.yaml and each report kind. */
    public static Map<String, String> all() {
        Map<String, String> schemas = new LinkedHashMap<>();
        schemas.put("site.schema.json", text(document(Site.class, "gongkai site.yaml（站点设置）", null)));
        schemas.put("unit.schema.json", text(document(Unit.class, "gongkai unit.yaml（单位信息）", null)));
        for (ReportKind kind : ReportKind.values()) {
            Class<?> record = kind == ReportKind.FINAL_ACCOUNTS ? FinalAccounts.class : Evaluation.class;
            schemas.put(kind.label() + ".schema.json", text(document(record, "gongkai " + kind.chinese(), kind)));
        }
        Map<String, Object> tableKind = document(org.gongkai.model.TableKind.class,
                "gongkai templates/catalogue/<种类>.yaml（表格目录中的一种表）", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) tableKind.get("properties");
        properties.put("block", ordered("enum", labels(org.gongkai.model.BuiltInTable.class), "description",
                "生成此表的报告数据块（由 gongkai 按数据生成的表及其各省变体）；数据表不写 block，写 columns"));
        schemas.put("table-kind.schema.json", text(tableKind));
        return schemas;
    }

    private static Map<String, Object> document(Class<?> record, String title, ReportKind kind) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", title);
        Map<String, Object> definitions = new java.util.TreeMap<>();
        schema.putAll(object(record, definitions));
        if (!definitions.isEmpty()) {
            schema.put("definitions", definitions);
        }
        if (kind != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
            properties.put("kind", ordered("const", kind.label(), "description", "报告类型：" + kind.chinese()));
        }
        return schema;
    }

    private static Map<String, Object> object(Class<?> record, Map<String, Object> definitions) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        collect(record, properties, required, definitions);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static void collect(Class<?> record, Map<String, Object> properties, List<String> required,
            Map<String, Object> definitions) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.isAnnotationPresent(FromPath.class) || component.getType() == Origin.class) {
                continue;
            }
            if (component.isAnnotationPresent(Inline.class)) {
                collect(component.getType(), properties, required, definitions);
                continue;
            }
            String key = Binder.keyOf(component);
            properties.put(key, schemaOf(component.getGenericType(), definitions));
            if (component.isAnnotationPresent(Required.class)) {
                required.add(key);
            }
        }
    }

    /** Nested records are definitions, referenced by name, so that recursive ones (Subject) work. */
    private static Object schemaOf(Type type, Map<String, Object> definitions) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == Cell.class) {
            return ordered("type", List.of("string", "number"), "description", "单元格，照原文填写");
        }
        if (raw.isRecord()) {
            String name = raw.getSimpleName();
            if (!definitions.containsKey(name)) {
                definitions.put(name, ordered());
                definitions.put(name, object(raw, definitions));
            }
            Map<String, Object> reference = ordered("$ref", "#/definitions/" + name);
            if (raw.isAnnotationPresent(Shorthand.class)) {
                return ordered("oneOf", List.of(ordered("type", "string"), reference));
            }
            return reference;
        }
        if (raw == List.class) {
            return ordered("type", "array", "items", schemaOf(argument(type, 0), definitions));
        }
        if (raw == Map.class) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("type", "object");
            Class<?> key = (Class<?>) argument(type, 0);
            if (key.isEnum()) {
                map.put("propertyNames", ordered("enum", labels(key)));
            }
            map.put("additionalProperties", schemaOf(argument(type, 1), definitions));
            return map;
        }
        if (raw == BigDecimal.class) {
            return ordered("type", List.of("number", "string"), "pattern", "^-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?$",
                    "description", "数字（不带单位和百分号）");
        }
        if (raw == Integer.class) {
            return ordered("type", "integer");
        }
        if (raw == Boolean.class) {
            return ordered("type", "boolean");
        }
        if (raw.isEnum() && Labeled.class.isAssignableFrom(raw)) {
            return ordered("enum", labels(raw));
        }
        return ordered("type", List.of("string", "number", "boolean"), "description", "文字，照原文填写");
    }

    private static List<String> labels(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Labeled) c).label()).toList();
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    private static String text(Map<String, Object> schema) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A map that keeps the order written (Map.of does not, and the schema files must be byte-stable). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
