package org.gongkai.render;

/**
 * Told which stage a build is in and, as rendering goes, how many of the units' and reports' pages are done, out of how many; and
 * asked between tasks whether the rendering is still wanted (a preview drops one that a newer save
 * has made useless).
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void advance(int done, int total);

    /** A stage before rendering begins (读取, 检查), which at national scale takes seconds. */
    default void stage(String name) {
    }

    default boolean cancelled() {
        return false;
    }
}
