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
 * place gongkai deletes anything, and it deletes only its own folders: a build calls it only while it
 * holds the folder's {@link OutputLock} and once {@link OutputOwnership} has found the folder and those
 * beside it to be gongkai's.
 *
 * <p>The site a build replaces is not deleted (a national site is nearly a million files: deleting
 * them took longer than the rest of a one-report rebuild) when it differs from the new one in few
 * files: it is kept beside the output as the <em>spare</em>, with a record of the paths where the two
 * differ, and the next build recycles it as its staging folder, touching only those paths and its own
 * changes instead of linking every unchanged file again. The record is deleted before the spare is
 * touched, so a spare whose changes were interrupted is never trusted.
 */
public final class OutputFolder {

    /** A spare is kept when the new site differs from the one it replaces in at most this share of its files. */
    private static final int SPARE_AT_MOST_ONE_IN = 4;
    static final String SPARE_RECORD = "spare";

    private final Path out;
    private final Path staging;
    private final Path previous;
    private final Path spare;

    public OutputFolder(Path out) {
        this.out = out.toAbsolutePath().normalize();
        String name = this.out.getFileName().toString();
        this.staging = this.out.resolveSibling("." + name + ".staging");
        this.previous = this.out.resolveSibling("." + name + ".previous");
        this.spare = this.out.resolveSibling("." + name + ".spare");
    }

    public Path path() {
        return out;
    }

    /** Where a build writes the new site, beside the output. */
    Path staging() {
        return staging;
    }

    /** Where the replaced site is put aside during the swap. */
    Path previous() {
        return previous;
    }

    /** Where the replaced site is kept for the next build to recycle. */
    Path spare() {
        return spare;
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
        return stage(java.util.Set.of());
    }

    /**
     * Starts a new content for the folder, recycling the spare when there is a trustworthy one.
     *
     * @param current the paths of the files the folder holds now, as the last build recorded them
     */
    public Staging stage(java.util.Set<String> current) throws IOException {
        recover();
        deleteTree(staging);
        Path record = metadata(out).resolve(SPARE_RECORD);
        java.util.Set<String> differs = null;
        if (Files.isRegularFile(record) && Files.isDirectory(spare) && Files.isDirectory(out) && !current.isEmpty()) {
            differs = new java.util.HashSet<>(Files.readAllLines(record, java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.deleteIfExists(record);
        OutputOwnership.markStaging(out);
        if (differs != null) {
            move(spare, staging);
            return new Staging(differs, current);
        }
        deleteTree(spare);
        Files.createDirectories(staging);
        return new Staging(null, current);
    }

    /** The folder being written. Files taken over unchanged from the previous build are hard-linked, not rewritten. */
    public final class Staging implements FileSink, AutoCloseable {
        /** Folders made in the staging folder; a writer asking for one another thread is making waits until it exists. */
        private final java.util.concurrent.ConcurrentHashMap<Path, Boolean> folders = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        /** Recycling the spare: the paths where it may differ from the folder (null for an empty staging folder). */
        private final java.util.Set<String> differs;
        /** The paths of the folder's files now. */
        private final java.util.Set<String> current;
        /** Every path staged, and those whose file is not the folder's file at the same path (written, or linked from another). */
        private final java.util.Set<String> staged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final java.util.Set<String> changed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private boolean committed;

        private Staging(java.util.Set<String> differs, java.util.Set<String> current) {
            this.differs = differs;
            this.current = current;
        }

        /** What this staging folder already holds: only the path, which is all a national build can keep of a million files. */
        @Override
        public RenderedFile accept(RenderedFile file) {
            if (file.bytes() == null && file.previous() == null) {
                return file;
            }
            String path = file.path();
            boolean samePath = file.bytes() == null && file.previous().equals(out.resolve(path));
            staged.add(path);
            if (samePath && differs != null && !differs.contains(path)) {
                // The spare's file at this path is the folder's own (a hard link to it): nothing to do.
                return RenderedFile.staged(path);
            }
            if (!samePath) {
                changed.add(path);
            }
            Path target = fresh(path);
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
            return RenderedFile.staged(path);
        }

        /**
         * Where to put a file: a recycled staging folder's old file there is unlinked first, never
         * written through, since it may be a hard link to the site being served.
         */
        private Path fresh(String path) {
            Path target = target(path);
            if (differs != null) {
                try {
                    Files.deleteIfExists(target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return target;
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
            staged.add(path);
            changed.add(path);
            Path target = fresh(path);
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

        /**
         * Makes what was staged the folder's content. A recycled spare first loses the files the new
         * site does not have; the replaced site becomes the next spare when it differs in few files.
         */
        public void commit() throws IOException {
            if (differs != null) {
                java.util.Set<String> gone = new java.util.HashSet<>(current);
                gone.addAll(differs);
                gone.removeAll(staged);
                for (String path : gone) {
                    removeWithEmptyFolders(staging.resolve(path).normalize());
                }
            }
            // Where the replaced site and the new one differ: changed files, and those the new one lacks.
            java.util.Set<String> differ = new java.util.HashSet<>(changed);
            current.stream().filter(p -> !staged.contains(p)).forEach(differ::add);
            boolean keep = Files.isDirectory(out) && !current.isEmpty()
                    && (long) differ.size() * SPARE_AT_MOST_ONE_IN <= staged.size();
            OutputOwnership.markOutput(out);
            boolean aside = Files.exists(out);
            if (aside) {
                move(out, previous);
            }
            try {
                move(staging, out);
            } catch (IOException e) {
                if (aside) {
                    try {
                        move(previous, out);
                    } catch (IOException back) {
                        e.addSuppressed(back);
                    }
                }
                throw e;
            }
            committed = true;
            if (keep) {
                move(previous, spare);
                Path record = metadata(out).resolve(SPARE_RECORD);
                Files.createDirectories(record.getParent());
                Files.write(record, differ.stream().sorted().toList(), java.nio.charset.StandardCharsets.UTF_8);
            } else {
                deleteTree(previous);
            }
        }

        private void removeWithEmptyFolders(Path file) throws IOException {
            if (!file.startsWith(staging)) {
                return;
            }
            Files.deleteIfExists(file);
            for (Path dir = file.getParent(); dir != null && dir.startsWith(staging) && !dir.equals(staging); dir = dir.getParent()) {
                try (Stream<Path> children = Files.list(dir)) {
                    if (children.findAny().isPresent()) {
                        return;
                    }
                }
                Files.delete(dir);
            }
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                deleteTree(staging);
                OutputOwnership.unmarkStaging(out);
            }
        }

        private Path target(String path) {
            Path target = staging.resolve(path).normalize();
            if (!target.startsWith(staging)) {
                throw new UncheckedIOException(new IOException("refusing to write outside the output folder: " + path));
            }
            Path parent = target.getParent();
            folders.computeIfAbsent(parent, folder -> {
                try {
                    Files.createDirectories(folder);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return Boolean.TRUE;
            });
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
