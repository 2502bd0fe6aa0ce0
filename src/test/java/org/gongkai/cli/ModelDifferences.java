package org.gongkai.cli;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gongkai.model.FromPath;
import org.gongkai.model.Origin;

/**
 * Two loaded models compared field by field: every record component (but where a value came from),
 * list element and map entry, amounts by value ({@code 54.6} equals {@code 54.60}). Each difference is
 * one line, {@code path: sample «a» draft «b»}, so that a test can list the ones it expects.
 */
final class ModelDifferences {

    private final List<String> found = new ArrayList<>();

    private ModelDifferences() {
    }

    /** The differences of {@code draft} from {@code sample} under {@code path}. */
    static List<String> of(String path, Object sample, Object draft) {
        ModelDifferences differences = new ModelDifferences();
        differences.compare(path, sample, draft);
        return differences.found;
    }

    private void compare(String path, Object sample, Object draft) {
        if (sample instanceof Origin || draft instanceof Origin) {
            return;
        }
        if (sample == null || draft == null) {
            if (!(isEmpty(sample) && isEmpty(draft))) {
                differ(path, sample, draft);
            }
            return;
        }
        if (sample instanceof BigDecimal a && draft instanceof BigDecimal b) {
            if (a.compareTo(b) != 0) {
                differ(path, a.toPlainString(), b.toPlainString());
            }
        } else if (sample instanceof Record && sample.getClass() == draft.getClass()) {
            for (RecordComponent component : sample.getClass().getRecordComponents()) {
                if (component.isAnnotationPresent(FromPath.class) || component.getName().equals("yaml")) {
                    continue;
                }
                try {
                    compare(path + "." + component.getName(), component.getAccessor().invoke(sample),
                            component.getAccessor().invoke(draft));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (sample instanceof List<?> a && draft instanceof List<?> b) {
            if (a.size() != b.size()) {
                differ(path + ".size", a.size(), b.size());
            }
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                compare(path + "[" + i + "]", a.get(i), b.get(i));
            }
        } else if (sample instanceof Map<?, ?> a && draft instanceof Map<?, ?> b) {
            TreeSet<String> keys = new TreeSet<>();
            a.keySet().forEach(k -> keys.add(String.valueOf(k)));
            b.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String key : keys) {
                compare(path + "[" + key + "]", valueOf(a, key), valueOf(b, key));
            }
        } else if (!sample.equals(draft)) {
            differ(path, sample, draft);
        }
    }

    private static Object valueOf(Map<?, ?> map, String key) {
        return map.entrySet().stream().filter(e -> String.valueOf(e.getKey()).equals(key)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** An omitted list or map reads as null in one model and empty in the other: the same content. */
    private static boolean isEmpty(Object value) {
        return value == null || value instanceof List<?> list && list.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty();
    }

    private void differ(String path, Object sample, Object draft) {
        found.add(path + ": sample «" + shown(sample) + "» draft «" + shown(draft) + "»");
    }

    /** A whole block that one side lacks is named by its type, not printed with every origin inside it. */
    private static Object shown(Object value) {
        return value instanceof Record ? value.getClass().getSimpleName() : value;
    }

    /** The paths that differ, for a test's list of what is not imported. */
    static List<String> paths(List<String> differences) {
        return differences.stream().map(d -> d.substring(0, d.indexOf(": sample «"))).toList();
    }
}
