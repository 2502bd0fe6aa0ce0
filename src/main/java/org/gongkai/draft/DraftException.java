package org.gongkai.draft;

/** A draft that cannot be made or written, with a message in Chinese saying what to do; nothing was written. */
public final class DraftException extends Exception {

    DraftException(String message) {
        super(message);
    }
}
