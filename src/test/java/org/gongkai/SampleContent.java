package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample site in content/, copied where a test may change it. */
public final class SampleContent {

    public static final Path SAMPLE = Path.of("content");

    /** The sample's five reports, as their folders below units/. */
    public static final List<String> REPORTS = List.of("jiange/2022/final-accounts", "jiange/2022/department-evaluation",
            "jiange/2022/medical-service-capacity", "nanjing/2023/department-evaluation", "wuhai/2023/medical-service-capacity");

    private SampleContent() {
    }

    /** Copies content/ to {@code dir}/content with {@code outputs: [<outputs>]} in its site.yaml, and returns that folder. */
    public static Path withOutputs(Path dir, String outputs) {
        Path content = copyTo(dir);
        edit(content, "site.yaml", "language: zh-CN", "language: zh-CN\noutputs: [" + outputs + "]");
        return content;
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
