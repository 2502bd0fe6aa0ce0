package org.gongkai.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordered YAML mapping of a draft, written by {@link YamlText}: values are text (always quoted),
 * {@link Figure}s and other numbers, nested mappings and lists. A key given twice keeps its first place
 * and takes the new value.
 */
final class YamlMap {

    /** One key: its value and the comment written after it on its line (null for none). */
    record Entry(String key, Object value, String comment) {
    }

    /** A number read from a cell, written with where it came from as the comment on its line. */
    record Figure(BigDecimal value, String origin) {
    }

    private final List<Entry> entries = new ArrayList<>();

    YamlMap put(String key, Object value) {
        return put(key, value, null);
    }

    YamlMap put(String key, Object value, String comment) {
        if (value == null) {
            return this;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) {
                entries.set(i, new Entry(key, value, comment));
                return this;
            }
        }
        entries.add(new Entry(key, value, comment));
        return this;
    }

    Object get(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst().orElse(null);
    }

    boolean has(String key) {
        return get(key) != null;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Puts a block under {@code key} when it holds anything; an empty block is left out of the draft. */
    void putIfNotEmpty(String key, YamlMap block) {
        if (!block.isEmpty()) {
            put(key, block);
        }
    }
}
