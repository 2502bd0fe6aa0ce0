package org.gongkai.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enumeration whose YAML spelling is its label (Chinese or a fixed English id). */
public interface Labeled {

    String label();

    /** The constant spelt {@code text} (surrounding blanks ignored). */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> ((Labeled) c).label().equals(wanted)).findFirst();
    }

    /** "元、万元、亿元": the spellings allowed, for messages. */
    static String allowed(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Labeled) c).label()).collect(Collectors.joining("、"));
    }
}
