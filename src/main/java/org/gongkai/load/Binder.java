package org.gongkai.load;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.model.Balances;
import org.gongkai.model.BasicExpenditure;
import org.gongkai.model.Cell;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.EconomicItem;
import org.gongkai.model.Expenditure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.FundAccount;
import org.gongkai.model.FundsRow;
import org.gongkai.model.Income;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Numbers;
import org.gongkai.model.PreviousYear;
import org.gongkai.model.Procurement;
import org.gongkai.model.Split;
import org.gongkai.model.Subject;
import org.gongkai.model.ThreePublicItems;
import org.gongkai.model.FromPath;
import org.gongkai.model.Key;
import org.gongkai.model.Labeled;
import org.gongkai.model.Origin;
import org.gongkai.model.Position;
import org.gongkai.model.Shorthand;

/**
 * Maps a {@link YamlNode} tree onto the model's records. A component's YAML key is its name in
 * kebab-case (or its {@link Key}); every mismatch becomes a {@link Diagnostic} naming the position,
 * the field path, what was expected and what was found, and binding goes on so that one run lists
 * all the problems of a file.
 */
public final class Binder {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    /** An amount with a unit word after it: 593.57万元, 12,000元, 1.5万, 300 美元 (a word not allowed). */
    private static final Pattern WITH_UNIT = Pattern.compile("(-?[\\d,]+(?:\\.\\d+)?)\\s*([^\\d\\s.,%％+-][^\\d]*)");
    private static final Map<String, MoneyUnit> UNIT_WORDS = Map.of("元", MoneyUnit.YUAN, "万元", MoneyUnit.WAN_YUAN,
            "万", MoneyUnit.WAN_YUAN, "亿元", MoneyUnit.YI_YUAN, "亿", MoneyUnit.YI_YUAN);
    /** Records whose numbers are all amounts of money (not scores, weights, counts or rates). */
    private static final Set<Class<?>> MONEY = Set.of(Income.class, Expenditure.class, Balances.class, FundAccount.class,
            Subject.class, Split.class, BasicExpenditure.class, EconomicItem.class, ThreePublicItems.class,
            Procurement.class, PreviousYear.class, FundsRow.class);

    private final List<Diagnostic> problems;
    private final Map<String, Object> fromPath;
    /** The money unit of the report and of the table being bound, innermost first. */
    private final java.util.Deque<MoneyUnit> units = new java.util.ArrayDeque<>();
    /** The units the report's {@code tables:} entries state, by kind: the unit of its block of that name. */
    private Map<String, MoneyUnit> tableUnits = Map.of();

    /** {@code fromPath} gives the values of {@link FromPath} components by component name. */
    Binder(List<Diagnostic> problems, Map<String, Object> fromPath) {
        this.problems = problems;
        this.fromPath = fromPath;
    }

    <T> T bind(YamlNode node, Class<T> type) {
        return type.cast(convert(node, type, ""));
    }

    private static final Map<Class<?>, Set<String>> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The YAML keys a record accepts, inline components included, in declaration order. */
    static Set<String> keysOf(Class<?> record) {
        Set<String> known = KEYS.get(record);
        if (known != null) {
            return known;
        }
        // Not computeIfAbsent: inline components recurse into this method.
        Set<String> keys = new LinkedHashSet<>();
        for (RecordShape.Component component : RecordShape.of(record).components()) {
            if (component.fromPath() || component.origin()) {
                continue;
            }
            if (component.inline()) {
                keys.addAll(keysOf(component.type()));
            } else {
                keys.add(component.key());
            }
        }
        Set<String> frozen = java.util.Collections.unmodifiableSet(keys);
        KEYS.putIfAbsent(record, frozen);
        return frozen;
    }

    /** The YAML key of a record component: its {@link Key}, or its name in kebab-case. */
    public static String keyOf(RecordComponent component) {
        Key key = component.getAnnotation(Key.class);
        if (key != null) {
            return key.value();
        }
        String name = component.getName();
        if (name.endsWith("_")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private Object convert(YamlNode node, Type type, String path) {
        Class<?> raw = rawClass(type);
        if (node instanceof YamlNode.Scalar scalar && scalar.text() == null) {
            Shorthand shorthand = raw.getAnnotation(Shorthand.class);
            // A header cell written "" is a cell printed blank, not no cell: the header keeps its width.
            return shorthand != null && scalar.emptyString()
                    ? shorthand(new YamlNode.Scalar(scalar.position(), ""), raw, shorthand.value()) : null;
        }
        if (raw == Cell.class) {
            // A data table's cell: any text, kept with its place so that a sum that fails can point at it.
            return node instanceof YamlNode.Scalar scalar ? new Cell(scalar.text(), scalar.position())
                    : mismatch(node, path, "文字或数字");
        }
        Shorthand shorthand = raw.getAnnotation(Shorthand.class);
        if (shorthand != null && node instanceof YamlNode.Scalar scalar) {
            return shorthand(scalar, raw, shorthand.value());
        }
        if (raw.isRecord()) {
            return record(node, raw, path);
        }
        if (raw == List.class) {
            return list(node, typeArgument(type, 0), path);
        }
        if (raw == Map.class) {
            return map(node, typeArgument(type, 0), typeArgument(type, 1), path);
        }
        if (!(node instanceof YamlNode.Scalar scalar)) {
            return mismatch(node, path, expectedName(raw));
        }
        return scalar(scalar, raw, path);
    }

    private Object scalar(YamlNode.Scalar scalar, Class<?> raw, String path) {
        String text = scalar.text();
        if (raw == String.class) {
            // Names (科目, 指标, 单位) repeat across thousands of reports: keep one copy of each short text.
            return text.length() <= 40 ? text.intern() : text;
        }
        if (raw == BigDecimal.class) {
            return number(scalar, path);
        }
        if (raw == Integer.class) {
            String trimmed = text.strip();
            if (INTEGER.matcher(trimmed).matches()) {
                return Integer.valueOf(trimmed);
            }
            if (trimmed.matches("-?\\d{10,}")) {
                problems.add(Diagnostic.error("schema.type", scalar.position(), path,
                        "整数过大：应不超过 9 位，实际为“" + scalar.text() + "”"));
                return null;
            }
            return mismatch(scalar, path, "整数");
        }
        if (raw == Boolean.class) {
            // YAML's own words (1.2 core schema); 是/否 would read as text in any other YAML tool.
            return switch (text.strip()) {
                case "true", "True", "TRUE" -> Boolean.TRUE;
                case "false", "False", "FALSE" -> Boolean.FALSE;
                default -> mismatch(scalar, path, expectedName(raw));
            };
        }
        if (raw.isEnum() && Labeled.class.isAssignableFrom(raw)) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Optional<?> constant = Labeled.parse((Class) raw, text);
            if (constant.isPresent()) {
                return constant.get();
            }
            problems.add(Diagnostic.error("schema.enum", scalar.position(), path,
                    "应为以下之一：" + Labeled.allowed(raw) + "，实际为“" + text + "”"));
            return null;
        }
        throw new IllegalStateException("no conversion to " + raw.getName());
    }

    private BigDecimal number(YamlNode.Scalar scalar, String path) {
        String text = scalar.text().strip();
        if (GROUPED_NUMBER.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!PLAIN_NUMBER.matcher(text).matches()) {
            problems.add(Diagnostic.error("schema.number", scalar.position(), path,
                    "应为数字（如 593.57，不带单位和百分号），实际为“" + scalar.text() + "”"));
            return null;
        }
        int digits = text.replace("-", "").replace(".", "").length();
        if (digits > Limits.MAX_NUMBER_DIGITS) {
            problems.add(Diagnostic.error("schema.number-too-long", scalar.position(), path,
                    "数字位数过多：应不超过 " + Limits.MAX_NUMBER_DIGITS + " 位，实际为 " + digits + " 位"));
            return null;
        }
        return new BigDecimal(text);
    }

    private Object record(YamlNode node, Class<?> type, String path) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            return mismatch(node, path, "映射（键: 值）");
        }
        Set<String> allowed = keysOf(type);
        for (Map.Entry<String, YamlNode.Entry> entry : mapping.entries().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                problems.add(Diagnostic.error("schema.unknown-key", entry.getValue().keyPosition(),
                        join(path, entry.getKey()), unknownKeyMessage(entry.getKey(), allowed)));
            }
        }
        if (path.isEmpty()) {
            tableUnits = tableUnits(mapping);
        }
        MoneyUnit unit = allowed.contains(MONEY_UNIT) ? statedUnit(mapping) : null;
        if (unit != null) {
            units.push(unit);
        }
        try {
            return construct(mapping, type, path);
        } finally {
            if (unit != null) {
                units.pop();
            }
        }
    }

    private static final String MONEY_UNIT = "money-unit";

    private static MoneyUnit statedUnit(YamlNode.Mapping mapping) {
        YamlNode.Entry entry = mapping.entries().get(MONEY_UNIT);
        if (entry != null && entry.value() instanceof YamlNode.Scalar scalar && scalar.text() != null) {
            return Labeled.parse(MoneyUnit.class, scalar.text().strip()).orElse(null);
        }
        return null;
    }

    /** The {@code money-unit} of each {@code tables:} entry that names a kind, by kind. */
    private static Map<String, MoneyUnit> tableUnits(YamlNode.Mapping report) {
        YamlNode.Entry tables = report.entries().get("tables");
        if (tables == null || !(tables.value() instanceof YamlNode.Sequence sequence)) {
            return Map.of();
        }
        Map<String, MoneyUnit> units = new java.util.HashMap<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Mapping entry && entry.entries().get("kind") != null
                    && entry.entries().get("kind").value() instanceof YamlNode.Scalar kind && kind.text() != null) {
                MoneyUnit unit = statedUnit(entry);
                if (unit != null) {
                    units.put(kind.text().strip(), unit);
                }
            }
        }
        return units;
    }

    /** A record written as plain text: the text fills the named component, the others are absent. */
    private static Object shorthand(YamlNode.Scalar scalar, Class<?> type, String component) {
        RecordShape shape = RecordShape.of(type);
        Object[] args = new Object[shape.components().size()];
        for (int i = 0; i < args.length; i++) {
            if (shape.components().get(i).name().equals(component)) {
                args[i] = scalar.text();
            }
        }
        return shape.construct(args);
    }

    private Object construct(YamlNode.Mapping mapping, Class<?> type, String path) {
        RecordShape shape = RecordShape.of(type);
        List<RecordShape.Component> components = shape.components();
        Object[] args = new Object[components.size()];
        for (int i = 0; i < args.length; i++) {
            RecordShape.Component component = components.get(i);
            if (component.origin()) {
                args[i] = originOf(mapping);
            } else if (component.fromPath()) {
                args[i] = fromPath.get(component.name());
            } else if (component.inline()) {
                args[i] = construct(mapping, component.type(), path);
            } else {
                args[i] = field(mapping, component, path, isMoney(type, component));
            }
        }
        return shape.construct(args);
    }

    private static boolean isMoney(Class<?> record, RecordShape.Component component) {
        return component.type() == BigDecimal.class && (MONEY.contains(record)
                || record == FinalAccounts.class && component.name().equals("operatingCosts"));
    }

    private Object field(YamlNode.Mapping mapping, RecordShape.Component component, String path, boolean money) {
        String key = component.key();
        YamlNode.Entry entry = mapping.entries().get(key);
        boolean absent = entry == null
                || (entry.value() instanceof YamlNode.Scalar scalar && scalar.text() == null);
        if (!absent && component.required()
                && entry.value() instanceof YamlNode.Sequence sequence && sequence.items().isEmpty()) {
            problems.add(Diagnostic.error("schema.required", entry.keyPosition(), join(path, key),
                    "“" + key + "”应至少有一项，实际为空列表"));
            return List.of();
        }
        if (absent) {
            if (component.required()) {
                Position at = entry == null ? mapping.position() : entry.keyPosition();
                problems.add(Diagnostic.error("schema.required", at, join(path, key),
                        "缺少必填字段“" + key + "”：应为" + expectedName(component.type()) + "，实际为空"));
            }
            return component.type() == List.class ? List.of() : null;
        }
        if (money && entry.value() instanceof YamlNode.Scalar scalar) {
            return amount(scalar, join(path, key));
        }
        MoneyUnit table = path.isEmpty() ? tableUnits.get(key) : null;
        if (table == null) {
            return convert(entry.value(), component.genericType(), join(path, key));
        }
        units.push(table);
        try {
            return convert(entry.value(), component.genericType(), join(path, key));
        } finally {
            units.pop();
        }
    }

    /**
     * An amount, in the unit of its table (else of its report). One written with 元, 万元, 亿元 (or 万, 亿)
     * after it is read, converted into that unit where it differs, and warned about: a clerk copying
     * "593.57万元" from a Word table meant that amount, but the unit belongs on the table, not in the cell.
     */
    private BigDecimal amount(YamlNode.Scalar scalar, String path) {
        java.util.regex.Matcher withUnit = WITH_UNIT.matcher(scalar.text().strip());
        if (!withUnit.matches()) {
            return number(scalar, path);
        }
        String word = withUnit.group(2).strip();
        MoneyUnit written = UNIT_WORDS.get(word);
        MoneyUnit table = units.peek();
        if (written == null) {
            problems.add(Diagnostic.error("schema.amount-unit", scalar.position(), path,
                    "金额单位“" + word + "”不可用：应为元、万元或亿元，或不写单位（按"
                            + (table == null ? "本表的金额单位" : "本表单位" + table.label()) + "读），实际为“" + scalar.text() + "”"));
            return null;
        }
        BigDecimal value = number(new YamlNode.Scalar(scalar.position(), withUnit.group(1)), path);
        if (value == null) {
            return null;
        }
        MoneyUnit target = table == null ? written : table;
        BigDecimal read = written.convert(value, target);
        String how = written == target ? "按 " + Numbers.amount(read) + "（" + target.label() + "）读取"
                : "换算为本表单位" + target.label() + "，读作 " + Numbers.amount(read);
        problems.add(Diagnostic.warning("schema.amount-unit", scalar.position(), path,
                "金额“" + scalar.text().strip() + "”带有单位：" + how + "；金额单位写在 money-unit，单元格只写数字"));
        return read;
    }

    private Object list(YamlNode node, Type itemType, String path) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            return mismatch(node, path, "列表（每项以“- ”开头）");
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            Object item = convert(sequence.items().get(i), itemType, path + "[" + i + "]");
            if (item != null) {
                items.add(item);
            }
        }
        return Collections.unmodifiableList(items);
    }

    private Object map(YamlNode node, Type keyType, Type valueType, String path) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            return mismatch(node, path, "映射（键: 值）");
        }
        Map<Object, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode.Entry> entry : mapping.entries().entrySet()) {
            String entryPath = join(path, entry.getKey());
            Object key = scalar(new YamlNode.Scalar(entry.getValue().keyPosition(), entry.getKey()),
                    rawClass(keyType), entryPath);
            Object value = convert(entry.getValue().value(), valueType, entryPath);
            if (value == null && rawClass(valueType) == List.class) {
                value = List.of();
            }
            if (value == null && rawClass(valueType) == String.class
                    && entry.getValue().value() instanceof YamlNode.Scalar scalar && scalar.emptyString()) {
                // A heading written as "": the document prints that column with no heading.
                value = "";
            }
            if (key != null && value != null) {
                result.put(key, value);
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private Object mismatch(YamlNode node, String path, String expected) {
        problems.add(Diagnostic.error("schema.type", node.position(), path,
                "应为" + expected + "，实际为" + node.describe()));
        return null;
    }

    private static Origin originOf(YamlNode.Mapping mapping) {
        Map<String, Position> values = new LinkedHashMap<>();
        Map<String, Position> keys = new LinkedHashMap<>();
        mapping.entries().forEach((key, entry) -> {
            values.put(key, entry.value().position());
            keys.put(key, entry.keyPosition());
            if (entry.value() instanceof YamlNode.Mapping nested) {
                nested.entries().forEach((sub, e) -> {
                    values.put(key + "." + sub, e.value().position());
                    keys.put(key + "." + sub, e.keyPosition());
                });
            }
        });
        return new Origin(mapping.position(), values, keys);
    }

    private static String unknownKeyMessage(String key, Set<String> allowed) {
        String suggestion = Suggestions.closest(key, allowed);
        String hint = suggestion == null ? "" : "，是否应为“" + suggestion + "”？";
        return "未知字段“" + key + "”" + hint + "（可用字段：" + String.join("、", allowed) + "）";
    }

    private static String expectedName(Class<?> type) {
        if (type == BigDecimal.class) {
            return "数字";
        }
        if (type == Integer.class) {
            return "整数";
        }
        if (type == Boolean.class) {
            return " true 或 false";
        }
        if (type == List.class) {
            return "列表";
        }
        if (type.isRecord() || type == Map.class) {
            return "映射（键: 值）";
        }
        if (type.isEnum() && Labeled.class.isAssignableFrom(type)) {
            return "以下之一：" + Labeled.allowed(type);
        }
        return "文字";
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    private static Type typeArgument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
