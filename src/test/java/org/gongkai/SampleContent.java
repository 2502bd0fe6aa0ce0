package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sample site in content/, copied where a test may change it. */
public final class SampleContent {

    public static final Path SAMPLE = Path.of("content");

    private SampleContent() {
    }

    /** Copies content/ to {@code dir}/content and returns that folder. */
    public static Path copyTo(Path dir) {
        Path target = dir.resolve("content");
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(SAMPLE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces the first occurrence of {@code from} in a file of the copied content. */
    public static void edit(Path content, String file, String from, String to) {
        Path path = content.resolve(file);
        try {
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
