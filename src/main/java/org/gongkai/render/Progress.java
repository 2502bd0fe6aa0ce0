package org.gongkai.render;

/**
 * Told which stage a build is in and, as rendering goes, how many units (each with its reports' pages) are done, out of how many; and
 * asked between tasks whether the rendering is still wanted (a preview drops one that a newer save
 * has made useless).
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void advance(int done, int total);

    /** A stage of the build (读取, the units, the shared pages, 替换), each of which takes seconds at national scale. */
    default void stage(String name) {
    }

    default boolean cancelled() {
        return false;
    }
}
