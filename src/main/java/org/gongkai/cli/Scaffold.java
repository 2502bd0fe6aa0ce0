package org.gongkai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The commented YAML that {@code gongkai new} writes, from the templates in the jar. */
final class Scaffold {

    private Scaffold() {
    }

    static String fill(String name, Map<String, String> values) {
        return fill(List.of(name), values);
    }

    /** The templates one after another, as one file. */
    static String fill(List<String> names, Map<String, String> values) {
        StringBuilder joined = new StringBuilder();
        names.forEach(name -> joined.append(read("/scaffold/" + name)));
        String text = joined.toString();
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return text;
    }

    private static String read(String resource) {
        try (InputStream in = Scaffold.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing scaffold " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
