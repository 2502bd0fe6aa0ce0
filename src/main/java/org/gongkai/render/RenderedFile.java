package org.gongkai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of the site: its path below the output folder ('/'-separated) and either its bytes, or the
 * previous build's file it is taken over from unchanged (linked, not rewritten), or neither when it is
 * already written to the staging folder of a build (read it back through that {@link FileSink}).
 */
public record RenderedFile(String path, byte[] bytes, Path previous) {

    public RenderedFile(String path, byte[] bytes) {
        this(path, bytes, null);
    }

    public static RenderedFile unchanged(String path, Path previous) {
        return new RenderedFile(path, null, previous);
    }

    public static RenderedFile staged(String path) {
        return new RenderedFile(path, null, null);
    }

    /** The bytes, read from the previous build's file when this one is taken over unchanged. */
    public byte[] content() {
        if (bytes != null) {
            return bytes;
        }
        if (previous == null) {
            throw new IllegalStateException(path + " is in a staging folder: read it through its FileSink");
        }
        try {
            return Files.readAllBytes(previous);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
