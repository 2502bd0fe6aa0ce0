package org.gongkai.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and all their sub-folders (new ones included) for created, changed, deleted and
 * renamed files, and calls back with the paths that changed once a burst of events has settled:
 * editors that save by writing a temporary file and renaming it produce several events for one save.
 * Nothing the callback throws stops the watching, not even an Error: it goes to {@code onFailure} and
 * the next save is picked up as usual.
 */
final class ContentWatcher implements AutoCloseable {

    private static final long SETTLE_MILLIS = 15;

    private final WatchService service;
    private final Consumer<Set<Path>> onChange;
    private final Consumer<Throwable> onFailure;
    private final Thread thread;
    private volatile boolean closed;

    ContentWatcher(List<Path> roots, Consumer<Set<Path>> onChange, Consumer<Throwable> onFailure) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.onFailure = onFailure;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = new Thread(this::run, "gongkai-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        while (!closed) {
            try {
                Set<Path> changed = settled();
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            } catch (InterruptedException | ClosedWatchServiceException stopped) {
                return;
            } catch (Throwable failure) {
                // Whatever a rebuild throws (a StackOverflowError from a template, an OutOfMemoryError from a huge file),
                // the preview must go on watching: the clerk's next save is the fix.
                if (closed) {
                    return;
                }
                try {
                    onFailure.accept(failure);
                } catch (Throwable unreported) {
                    // Nothing is left to report it with (memory may be short); watching goes on.
                }
            }
        }
    }

    /** Waits for a change, then takes the events that follow within the settling time; the paths they name. */
    private Set<Path> settled() throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        drain(service.take(), changed);
        WatchKey more;
        while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            drain(more, changed);
        }
        return changed;
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                changed.add(dir); // OVERFLOW: events were lost somewhere under this folder
                continue;
            }
            Path path = dir.resolve(name);
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // The folder went away again before it could be watched; nothing to follow.
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        service.close();
        thread.interrupt();
    }
}
