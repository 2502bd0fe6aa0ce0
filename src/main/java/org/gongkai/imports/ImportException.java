package org.gongkai.imports;

/**
 * A file that cannot be imported, with a message in Chinese for the clerk: the file's name, what is
 * wrong with it and what to do. The message is meant to be printed as it is, never with a stack trace.
 */
public final class ImportException extends Exception {

    private final String fileName;

    ImportException(String fileName, String problem, String advice) {
        super(fileName + "：" + problem + (advice.isEmpty() ? "" : "。" + advice));
        this.fileName = fileName;
    }

    /** The name of the file that could not be imported. */
    public String fileName() {
        return fileName;
    }
}
