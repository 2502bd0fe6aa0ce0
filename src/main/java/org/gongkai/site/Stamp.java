package org.gongkai.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.load.Digest;

/**
 * {@code stamp} beside the output folder (see {@link OutputFolder#metadata}): what the last build read and what it left, cheap to
 * compare so that a build with nothing to do stops within a blink. Inputs are known by path, size and
 * modification time; the output by the names at its top and the modification time of every folder
 * the build wrote into (adding or removing a file changes its folder's time).
 */
final class Stamp {

    static final String FILE = "stamp";

    private Stamp() {
    }

    /** Path, size and modification time of every input file (content and the site's templates). */
    static String inputs(List<Path> roots, String... context) throws IOException {
        Digest digest = new Digest();
        for (String part : context) {
            digest.text(part);
        }
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.sorted().toList();
            }
            // Tens of thousands of files at national scale: their attributes are read side by side, digested in order.
            files.parallelStream().map(file -> {
                String name = root.relativize(file).toString();
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    return name + ":" + a.size() + ":" + a.lastModifiedTime().toMillis();
                } catch (IOException broken) {
                    return name + ":unreadable";
                }
            }).toList().forEach(digest::text);
        }
        return digest.hex();
    }

    /** The output folder as it is: its top-level names and the modification time of each given sub-folder. */
    static String output(Path out, List<String> folders) throws IOException {
        Digest digest = new Digest();
        try (Stream<Path> top = Files.list(out)) {
            top.map(p -> p.getFileName().toString()).sorted().forEach(digest::text);
        }
        folders.parallelStream().map(folder -> folder + ":" + modified(out.resolve(folder))).toList().forEach(digest::text);
        return digest.hex();
    }

    private static long modified(Path dir) {
        try {
            BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class);
            return a.isDirectory() ? a.lastModifiedTime().toMillis() : -1;
        } catch (IOException gone) {
            return -1;
        }
    }

    /** The sub-folders the files of a site are in. */
    static List<String> folders(List<String> files) {
        java.util.TreeSet<String> folders = new java.util.TreeSet<>();
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash));
            }
        }
        return List.copyOf(folders);
    }

    static void write(Path out, String inputs, List<String> folders) throws IOException {
        Files.createDirectories(OutputFolder.metadata(out));
        Files.writeString(OutputFolder.metadata(out).resolve(FILE), inputs + "\n" + output(out, folders) + "\n" + String.join("\n", folders) + "\n",
                StandardCharsets.UTF_8);
    }

    static void forget(Path out) throws IOException {
        Files.deleteIfExists(OutputFolder.metadata(out).resolve(FILE));
    }

    static Optional<String> read(Path out) {
        try {
            return Optional.of(Files.readString(OutputFolder.metadata(out).resolve(FILE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the output folder holds the files the last build left (none added or removed since), whatever the inputs now. */
    static boolean outputIntact(Path out) throws IOException {
        Optional<String> stamp = read(out);
        if (stamp.isEmpty() || !Files.isDirectory(out)) {
            return false;
        }
        List<String> lines = stamp.get().lines().toList();
        return lines.size() >= 2 && lines.get(1).equals(output(out, lines.subList(2, lines.size())));
    }

    /** Whether the output is what the last build with these inputs left. */
    static boolean current(Path out, String inputs) throws IOException {
        Optional<String> stamp = read(out);
        if (stamp.isEmpty() || !Files.isDirectory(out)) {
            return false;
        }
        List<String> lines = stamp.get().lines().toList();
        return lines.size() >= 2 && lines.get(0).equals(inputs)
                && lines.get(1).equals(output(out, lines.subList(2, lines.size())));
    }
}
