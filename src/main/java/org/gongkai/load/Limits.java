package org.gongkai.load;

/** What one content file may be, so that hostile or broken input fails fast and clearly. */
public final class Limits {
    /** Largest content file read, in bytes. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** Deepest nesting of mappings and lists. */
    public static final int MAX_DEPTH = 40;
    /** Most digits an amount, score or weight may have. */
    public static final int MAX_NUMBER_DIGITS = 24;

    private Limits() {
    }
}
