package org.gongkai.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.gongkai.render.FileSink;
import java.util.stream.Stream;
import org.gongkai.render.RenderedFile;

/**
 * The build output folder. A build is written to a temporary sibling folder and swapped in by
 * renames, so a failed or killed build leaves the previous site complete. This class is the only
 * place gongkai deletes anything, and it deletes only its own folders.
 */
public final class OutputFolder {

    private final Path out;
    private final Path staging;
    private final Path previous;

    public OutputFolder(Path out) {
        this.out = out.toAbsolutePath().normalize();
        String name = this.out.getFileName().toString();
        this.staging = this.out.resolveSibling("." + name + ".staging");
        this.previous = this.out.resolveSibling("." + name + ".previous");
    }

    public Path path() {
        return out;
    }

    /**
     * Where builds keep what they know about this output (the manifest and the stamp): beside it, not
     * in it, so the site itself stays the same bytes for the same input.
     */
    public static Path metadata(Path out) {
        Path o = out.toAbsolutePath().normalize();
        return o.resolveSibling("." + o.getFileName() + ".gongkai");
    }

    /**
     * Starts a new content for the folder: an empty staging folder beside it, which takes the files of
     * render tasks as they finish and becomes the folder on {@link Staging#commit}. Closing it
     * uncommitted deletes it and leaves the folder as it was.
     */
    public Staging stage() throws IOException {
        recover();
        deleteTree(staging);
        Files.createDirectories(staging);
        return new Staging();
    }

    /** The folder being written. Files taken over unchanged from the previous build are hard-linked, not rewritten. */
    public final class Staging implements FileSink, AutoCloseable {
        private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        private boolean committed;

        /** What this staging folder already holds: only the path, which is all a national build can keep of a million files. */
        @Override
        public RenderedFile accept(RenderedFile file) {
            if (file.bytes() == null && file.previous() == null) {
                return file;
            }
            Path target = target(file.path());
            try {
                if (file.bytes() == null) {
                    try {
                        Files.createLink(target, file.previous());
                    } catch (UnsupportedOperationException | IOException e) {
                        Files.copy(file.previous(), target);
                    }
                } else {
                    Files.write(target, file.bytes());
                    written.incrementAndGet();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return RenderedFile.staged(file.path());
        }

        @Override
        public byte[] read(RenderedFile file) {
            if (file.bytes() != null || file.previous() != null) {
                return file.content();
            }
            try {
                return Files.readAllBytes(staging.resolve(file.path()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public RenderedFile write(String path, Content content) {
            Path target = target(path);
            try (var stream = new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                content.writeTo(stream);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written.incrementAndGet();
            return RenderedFile.staged(path);
        }

        /** How many files were written rather than linked. */
        public int written() {
            return written.get();
        }

        /** Makes what was staged the folder's content. */
        public void commit() throws IOException {
            swap();
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                deleteTree(staging);
            }
        }

        private Path target(String path) {
            Path target = staging.resolve(path).normalize();
            if (!target.startsWith(staging)) {
                throw new UncheckedIOException(new IOException("refusing to write outside the output folder: " + path));
            }
            Path parent = target.getParent();
            if (folders.add(parent)) {
                try {
                    Files.createDirectories(parent);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return target;
        }
    }

    /** A build killed between the two renames of a swap left the old site aside: put it back. */
    private void recover() throws IOException {
        if (!Files.exists(out) && Files.isDirectory(previous)) {
            move(previous, out);
        }
        deleteTree(previous);
    }

    private void swap() throws IOException {
        if (Files.exists(out)) {
            move(out, previous);
        }
        move(staging, out);
        deleteTree(previous);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Every file below the folder, '/'-separated and sorted, for tests and manifests. */
    public static List<String> list(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
