package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher goes on watching whatever its callback throws, Errors included. */
class ContentWatcherTest {

    @TempDir
    Path dir;

    @Test
    void aCallbackThatThrowsDoesNotStopTheWatching() throws Exception {
        Semaphore calls = new Semaphore(0);
        AtomicInteger count = new AtomicInteger();
        java.util.function.Consumer<java.util.Set<Path>> onChange = changed -> {
            calls.release();
            switch (count.incrementAndGet()) {
                case 1 -> throw new NullPointerException("simulated");
                case 2 -> throw new StackOverflowError();
                case 3 -> throw new OutOfMemoryError("simulated");
                default -> {
                }
            }
        };
        AtomicInteger failures = new AtomicInteger();
        try (ContentWatcher watcher = new ContentWatcher(List.of(dir), onChange, failure -> failures.incrementAndGet())) {
            watcher.start();
            for (int save = 1; save <= 4; save++) {
                Files.writeString(dir.resolve("report.yaml"), "score: " + save + "\n");
                assertTrue(calls.tryAcquire(20, TimeUnit.SECONDS), "save " + save + " was not picked up");
                Thread.sleep(100);
                calls.drainPermits();
            }
        }
        assertEquals(3, failures.get(), "each failure is handed on");
    }
}
