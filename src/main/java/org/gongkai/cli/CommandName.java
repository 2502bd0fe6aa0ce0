package org.gongkai.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the user runs gongkai, so that usage lines and hints name a command that works: what the
 * launcher script passes in {@code -Dgongkai.command} ({@code gongkai} when it was found on the
 * PATH, else the path typed, such as {@code ./gongkai}); {@code java -jar <the jar>} when the jar was
 * run directly; {@code gongkai} otherwise (tests, an IDE).
 */
final class CommandName {

    static final String PROPERTY = "gongkai.command";

    private CommandName() {
    }

    static String current() {
        String launcher = System.getProperty(PROPERTY);
        if (launcher != null && !launcher.isBlank()) {
            return launcher.strip();
        }
        return jar().map(jar -> "java -jar " + quoted(shortest(jar))).orElse("gongkai");
    }

    private static java.util.Optional<Path> jar() {
        try {
            var source = Main.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return java.util.Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")
                    ? java.util.Optional.of(path) : java.util.Optional.empty();
        } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException | java.nio.file.FileSystemNotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    /** The jar relative to the current folder when it is inside it (target/gongkai.jar), else its full path. */
    private static String shortest(Path jar) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = jar.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    private static String quoted(String path) {
        return path.contains(" ") ? "\"" + path + "\"" : path;
    }
}
