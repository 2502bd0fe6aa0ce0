package org.gongkai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of the site: its path below the output folder ('/'-separated) and either its bytes or the
 * file on disk that holds them: the previous build's, taken over unchanged (linked, not rewritten), or
 * the one this build already wrote to its staging folder.
 */
public record RenderedFile(String path, byte[] bytes, Path previous) {

    public RenderedFile(String path, byte[] bytes) {
        this(path, bytes, null);
    }

    public static RenderedFile unchanged(String path, Path previous) {
        return new RenderedFile(path, null, previous);
    }

    /** The bytes, read from the previous build's file when this one is taken over unchanged. */
    public byte[] content() {
        if (bytes != null) {
            return bytes;
        }
        try {
            return Files.readAllBytes(previous);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
