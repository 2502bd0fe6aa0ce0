package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages are stages of a pipeline: a stage may use the stages before it, never one after it,
 * as each package-info states. Scans the sources for every reference to a gongkai class (imports and
 * fully qualified names alike).
 */
class PipelineOrderTest {

    private static final Path SOURCES = Path.of("src/main/java/org/gongkai");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.gongkai\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

    /** What each package may use besides itself: the stages before it. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("imports", Set.of("model")),
            Map.entry("load", Set.of("model")),
            Map.entry("draft", Set.of("model", "imports", "load")),
            Map.entry("derive", Set.of("model")),
            Map.entry("check", Set.of("model", "load", "derive")),
            Map.entry("render.chart", Set.of("model", "load", "derive")),
            Map.entry("render", Set.of("model", "load", "derive", "check", "render.chart")),
            Map.entry("site", Set.of("model", "load", "derive", "check", "render", "render.chart")),
            Map.entry("serve", Set.of("model", "load", "derive", "check", "render", "render.chart", "site")),
            Map.entry("cli", Set.of("model", "imports", "draft", "load", "derive", "check", "render", "render.chart", "site", "serve", "corpus")),
            Map.entry("corpus", Set.of()));

    @Test
    void noPackageUsesALaterStage() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String own = packageOf(file);
            Set<String> allowed = ALLOWED.get(own);
            Matcher reference = REFERENCE.matcher(Files.readString(file));
            while (reference.find()) {
                String used = reference.group(1);
                if (!used.equals(own) && !allowed.contains(used)) {
                    violations.add(SOURCES.relativize(file) + " uses org.gongkai." + used);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageStatesItsStage() throws IOException {
        Set<String> packages = new TreeSet<>();
        Set<String> stated = new TreeSet<>();
        for (Path file : javaFiles()) {
            packages.add(packageOf(file));
            if (file.getFileName().toString().equals("package-info.java")) {
                stated.add(packageOf(file));
            }
        }
        assertEquals(new TreeSet<>(ALLOWED.keySet()), packages, "a new package needs its place in the pipeline here");
        assertEquals(packages, stated, "packages with a package-info.java");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path file) {
        return SOURCES.relativize(file.getParent()).toString().replace('/', '.');
    }
}
