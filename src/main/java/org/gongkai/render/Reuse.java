package org.gongkai.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an earlier build made, by task key: the files a render task produced, to take over instead of
 * rendering again when the task's inputs (and so its key) are unchanged. The preview keeps them in
 * memory; {@code build} finds them in the previous output through its manifest.
 */
public interface Reuse {

    Reuse NOTHING = key -> Optional.empty();

    Optional<List<RenderedFile>> files(String key);

    /**
     * The files the same task made last time (with the key they were made under) even though its
     * inputs changed, for a preview that shows a changed report at once and brings shared pages up to
     * date a moment later. None by default.
     */
    default Optional<Map.Entry<String, List<RenderedFile>>> stale(String task) {
        return Optional.empty();
    }

    /**
     * A chart drawn before from the same data and style ({@code digest}), as the file at {@code path}
     * of this rendering. None by default.
     */
    default Optional<RenderedFile> chart(String digest, String path) {
        return Optional.empty();
    }

    /** The charts the earlier rendering knew, paths by digest; those of tasks taken over stay known. */
    default Map<String, String> charts() {
        return Map.of();
    }

    /** In-memory reuse of the tasks of a previous rendering; with {@code allowStale}, shared pages may lag. */
    static Reuse of(Map<String, List<RenderedFile>> tasks, boolean allowStale) {
        return of(tasks, allowStale, Map.of());
    }

    /** As above, also taking over the previous rendering's charts (paths by digest) when their digest is unchanged. */
    static Reuse of(Map<String, List<RenderedFile>> tasks, boolean allowStale, Map<String, String> charts) {
        return new Reuse() {
            private Map<String, RenderedFile> byPath;

            @Override
            public Optional<List<RenderedFile>> files(String key) {
                return Optional.ofNullable(tasks.get(key));
            }

            @Override
            public Map<String, String> charts() {
                return charts;
            }

            @Override
            public synchronized Optional<RenderedFile> chart(String digest, String path) {
                String drawn = charts.get(digest);
                if (drawn == null) {
                    return Optional.empty();
                }
                if (byPath == null) {
                    byPath = new java.util.HashMap<>();
                    tasks.values().forEach(files -> files.forEach(f -> byPath.put(f.path(), f)));
                }
                RenderedFile file = byPath.get(drawn);
                return file == null ? Optional.empty()
                        : Optional.of(file.bytes() == null ? RenderedFile.unchanged(path, file.previous())
                                : new RenderedFile(path, file.bytes()));
            }

            @Override
            public Optional<Map.Entry<String, List<RenderedFile>>> stale(String task) {
                if (!allowStale) {
                    return Optional.empty();
                }
                return tasks.entrySet().stream().filter(e -> Keys.task(e.getKey()).equals(task)).findFirst();
            }
        };
    }

    static Reuse of(Map<String, List<RenderedFile>> tasks) {
        return of(tasks, false);
    }
}
