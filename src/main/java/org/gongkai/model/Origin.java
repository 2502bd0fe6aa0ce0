package org.gongkai.model;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a mapping came from: its own position, the position of each key's value, and of each key
 * itself. Nested mappings are included as "key.subkey". Records that declare a component of this
 * type get it filled by the loader, so later stages can point at a single field.
 *
 * <p>Every mapping of every report has one, so it is kept compact (a national build holds hundreds of
 * thousands): key names once and shared, positions packed as numbers, {@link Position}s made on demand.
 */
public final class Origin {

    private final String file;
    private final long at;
    private final String[] names;
    private final long[] values;
    private final long[] keys;

    /** All positions are in the file of {@code at}: a mapping and its keys are in one document. */
    public Origin(Position at, Map<String, Position> values, Map<String, Position> keys) {
        this.file = at.file();
        this.at = pack(at);
        TreeMap<String, Position[]> byName = new TreeMap<>();
        values.forEach((name, position) -> byName.computeIfAbsent(name, n -> new Position[2])[0] = position);
        keys.forEach((name, position) -> byName.computeIfAbsent(name, n -> new Position[2])[1] = position);
        String[] own = byName.keySet().toArray(String[]::new);
        this.names = shared(own);
        this.values = new long[own.length];
        this.keys = new long[own.length];
        int i = 0;
        for (Position[] positions : byName.values()) {
            this.values[i] = positions[0] == null ? this.at : pack(positions[0]);
            this.keys[i] = positions[1] == null ? this.at : pack(positions[1]);
            i++;
        }
    }

    /** Mappings of one kind have the same keys: one array of names for all of them. */
    private static final Map<java.util.List<String>, String[]> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String[] shared(String[] names) {
        String[] known = NAMES.get(Arrays.asList(names));
        if (known != null) {
            return known;
        }
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].intern();
        }
        // A bound, so that content with ever-new keys cannot grow this without end.
        return NAMES.size() < 10_000 ? NAMES.computeIfAbsent(Arrays.asList(names), k -> names) : names;
    }

    /** The position of the mapping itself. */
    public Position at() {
        return unpack(at);
    }

    /** Whether the mapping has {@code key}. */
    public boolean has(String key) {
        return Arrays.binarySearch(names, key) >= 0;
    }

    /** The position of the value under {@code key}, or of the mapping itself when the key is absent. */
    public Position of(String key) {
        int i = Arrays.binarySearch(names, key);
        return unpack(i < 0 ? at : values[i]);
    }

    /** The position of {@code key} itself (for an unknown or misspelt name), or of the mapping. */
    public Position keyOf(String key) {
        int i = Arrays.binarySearch(names, key);
        return unpack(i < 0 ? at : keys[i]);
    }

    private static long pack(Position position) {
        return ((long) position.line() << 32) | (position.column() & 0xFFFFFFFFL);
    }

    private Position unpack(long packed) {
        return new Position(file, (int) (packed >> 32), (int) packed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Origin o && at == o.at && file.equals(o.file) && Arrays.equals(names, o.names)
                && Arrays.equals(values, o.values) && Arrays.equals(keys, o.keys);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(at) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Origin[" + at() + "]";
    }
}
