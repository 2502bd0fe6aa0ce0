package org.gongkai.model;

/**
 * One finding about the content: where it is, which field, which rule, and what is wrong, worded in
 * Chinese for the people who write the YAML.
 */
public record Diagnostic(Severity severity, String rule, Position position, String path, String message) {

    public static Diagnostic error(String rule, Position position, String path, String message) {
        return new Diagnostic(Severity.ERROR, rule, position, path, message);
    }

    public static Diagnostic warning(String rule, Position position, String path, String message) {
        return new Diagnostic(Severity.WARNING, rule, position, path, message);
    }

    public static Diagnostic note(String rule, Position position, String path, String message) {
        return new Diagnostic(Severity.NOTE, rule, position, path, message);
    }

    /**
     * What gongkai threw where it should have found a problem in the data instead: an error naming the
     * file, with what a developer needs to find the cause (the exception's name and the gongkai code it
     * came from), never a stack trace.
     */
    public static Diagnostic internalError(Position position, Throwable thrown) {
        return error("internal.error", position, "", "gongkai 内部错误（" + thrown.getClass().getSimpleName() + "，位于 "
                + InternalFailure.where(thrown) + "）：处理此文件时程序出错。请把这个文件、这条信息和 gongkai 的版本（"
                + InternalFailure.version() + "）报告给开发者");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /**
     * {@link #toString} for a terminal: what content put in the message (a value, a file name) with its
     * control characters made visible, so an ESC cannot clear or recolour the clerk's screen.
     */
    public String forTerminal() {
        return ControlCharacters.visible(toString());
    }

    /** {@code file:line:column: 错误 [rule] 字段 path：message} */
    @Override
    public String toString() {
        String field = path == null || path.isEmpty() ? "" : "字段 " + path + "：";
        return position + ": " + severity.label() + " [" + rule + "] " + field + message;
    }
}
