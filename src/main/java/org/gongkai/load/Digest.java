package org.gongkai.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files' bytes, for telling what changed between builds. */
public final class Digest {

    private final MessageDigest sha;

    public Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds a file's name and bytes; a missing file, or one that is no regular file (a pipe is never
     * opened), adds its name only. The bytes are streamed: a huge file costs time, never memory.
     */
    public Digest file(Path file) throws IOException {
        text(file.getFileName().toString());
        if (Files.isRegularFile(file)) {
            try (java.io.InputStream in = new java.security.DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        sha.update((byte) 0);
        return this;
    }

    /** Adds a file's name and the bytes read from it, as {@link #file} would. */
    public Digest bytes(String name, byte[] bytes) {
        text(name);
        sha.update(bytes);
        sha.update((byte) 0);
        return this;
    }

    public Digest text(String text) {
        sha.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    public static String of(String... parts) {
        Digest digest = new Digest();
        for (String part : parts) {
            digest.text(part == null ? "" : part);
        }
        return digest.hex();
    }
}
