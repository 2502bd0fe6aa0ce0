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

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: 错误 [rule] 字段 path：message} */
    @Override
    public String toString() {
        String field = path == null || path.isEmpty() ? "" : "字段 " + path + "：";
        return position + ": " + severity.label() + " [" + rule + "] " + field + message;
    }
}
