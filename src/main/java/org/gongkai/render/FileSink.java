package org.gongkai.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Where a rendering puts each task's files as soon as the task is done. The preview keeps them in
 * memory; {@code build} writes them to its staging folder and keeps only their paths, so a national
 * build never holds the site in memory.
 */
public interface FileSink {

    /** Keeps every file's bytes (the preview, and tests). */
    FileSink MEMORY = new FileSink() {
        @Override
        public RenderedFile accept(RenderedFile file) {
            return file;
        }

        @Override
        public RenderedFile write(String path, Content content) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                content.writeTo(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new RenderedFile(path, bytes.toByteArray());
        }
    };

    /** Takes a finished task's file; returns what the rendering keeps of it (its bytes or where it now is). */
    RenderedFile accept(RenderedFile file);

    /** Writes a large file (a dataset) straight to where it goes, without holding it in memory first. */
    RenderedFile write(String path, Content content);

    /** The bytes of a file this sink took. */
    default byte[] read(RenderedFile file) {
        return file.content();
    }

    /** A file's bytes, written to a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
