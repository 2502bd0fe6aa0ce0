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

    /** In-memory reuse of the tasks of a previous rendering; with {@code allowStale}, shared pages may lag. */
    static Reuse of(Map<String, List<RenderedFile>> tasks, boolean allowStale) {
        return new Reuse() {
            @Override
            public Optional<List<RenderedFile>> files(String key) {
                return Optional.ofNullable(tasks.get(key));
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
