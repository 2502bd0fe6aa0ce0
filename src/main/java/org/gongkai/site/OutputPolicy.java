package org.gongkai.site;

import java.time.Duration;

/**
 * What a build may do about its output folder: replace a folder gongkai cannot tell is its own
 * ({@code force}; never a file, a link, the content or the theme), and how long to wait while another
 * build is writing it before giving up.
 */
public record OutputPolicy(boolean force, Duration lockWait) {

    /** A national build takes minutes: long enough to wait for one, short enough that a stuck one is reported. */
    public static final Duration LOCK_WAIT = Duration.ofMinutes(10);
    public static final OutputPolicy DEFAULT = new OutputPolicy(false, LOCK_WAIT);
    public static final OutputPolicy FORCE = new OutputPolicy(true, LOCK_WAIT);
}
