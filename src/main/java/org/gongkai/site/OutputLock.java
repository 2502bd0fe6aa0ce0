package org.gongkai.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One build at a time per output folder: a lock on {@code lock} in the metadata folder beside it,
 * held from before the build looks at the folder until after it has swapped its site in. The file is
 * never deleted (deleting a lock file lets two builds each lock a different one); it holds the
 * process id of the build holding it, for the message of one that has to wait.
 */
final class OutputLock implements AutoCloseable {

    static final String FILE = "lock";
    private static final long POLL_MILLIS = 200;
    /**
     * Lock files this JVM holds. On POSIX systems closing any channel on a file drops every lock the
     * process holds on it, so a second build in this JVM waits here and never opens the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of an output folder, waiting up to {@code wait} while another build holds it.
     *
     * @param waiting told once, with the id of the process holding the lock (or "" when unknown), if this build has to wait
     * @return the lock, or empty when the other build still held it at the end of the wait
     */
    static Optional<OutputLock> take(Path out, Duration wait, java.util.function.Consumer<String> waiting) throws IOException {
        Path metadata = OutputFolder.metadata(out);
        Files.createDirectories(metadata);
        Path file = metadata.resolve(FILE).toAbsolutePath().normalize();
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            Attempt attempt = attempt(file);
            if (attempt.lock() != null) {
                return Optional.of(attempt.lock());
            }
            if (!told) {
                waiting.accept(attempt.holder());
                told = true;
            }
            if (System.nanoTime() >= deadline) {
                return Optional.empty();
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** The lock, or who holds it: a process id, or "" when it cannot be read. */
    private record Attempt(OutputLock lock, String holder) {
    }

    private static Attempt attempt(Path file) throws IOException {
        if (!HELD.add(file)) {
            return new Attempt(null, Long.toString(ProcessHandle.current().pid()));
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                HELD.remove(file);
                return new Attempt(null, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            return new Attempt(new OutputLock(file, channel, lock), "");
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD.remove(file);
            throw e;
        }
    }

    /** The process id the holder wrote (read through this channel: see {@link #HELD}), or "". */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(20);
            channel.read(buffer, 0);
            String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return pid.matches("[0-9]{1,19}") ? pid : "";
        } catch (IOException unreadable) {
            // Windows refuses to read a region another process has locked.
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
            HELD.remove(file);
        }
    }
}
