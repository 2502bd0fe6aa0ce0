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

    /** In-memory reuse of the tasks of a previous rendering. */
    static Reuse of(Map<String, List<RenderedFile>> tasks) {
        return key -> Optional.ofNullable(tasks.get(key));
    }
}
