package org.gongkai.model;

import java.util.Map;

/**
 * Where a mapping came from: its own position and the position of each key's value. Records that
 * declare a component of this type get it filled by the loader, so later stages can point at a
 * single field.
 */
public record Origin(Position at, Map<String, Position> keys) {

    public Origin {
        keys = Map.copyOf(keys);
    }

    /** The position of the value under {@code key}, or of the mapping itself when the key is absent. */
    public Position of(String key) {
        return keys.getOrDefault(key, at);
    }
}
