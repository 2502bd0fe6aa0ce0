package org.gongkai.render;

/** Told as rendering goes: how many of the units' and reports' pages are done, out of how many. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void advance(int done, int total);
}
