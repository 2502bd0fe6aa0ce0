package org.gongkai.model;

/** How much a finding matters: an error stops the build, a warning fails only `check --strict`, a note never fails. */
public enum Severity {
    ERROR("错误", "error"),
    WARNING("警告", "warning"),
    /** Something a reader of the page should know, such as a figure that cannot be recomputed; nothing to fix. */
    NOTE("提示", "note");

    private final String label;
    private final String id;

    Severity(String label, String id) {
        this.label = label;
        this.id = id;
    }

    public String label() {
        return label;
    }

    /** The severity's name in JSON output: error, warning, note. */
    public String id() {
        return id;
    }
}
