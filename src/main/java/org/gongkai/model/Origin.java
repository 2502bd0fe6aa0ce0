package org.gongkai.model;

import java.util.Map;

/**
 * Where a mapping came from: its own position, the position of each key's value, and of each key
 * itself. Nested mappings are included as "key.subkey". Records that declare a component of this
 * type get it filled by the loader, so later stages can point at a single field.
 */
public record Origin(Position at, Map<String, Position> values, Map<String, Position> keys) {

    public Origin {
        values = Map.copyOf(values);
        keys = Map.copyOf(keys);
    }

    /** The position of the value under {@code key}, or of the mapping itself when the key is absent. */
    public Position of(String key) {
        return values.getOrDefault(key, at);
    }

    /** The position of {@code key} itself (for an unknown or misspelt name), or of the mapping. */
    public Position keyOf(String key) {
        return keys.getOrDefault(key, at);
    }
}
