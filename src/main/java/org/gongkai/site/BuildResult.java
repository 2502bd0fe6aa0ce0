package org.gongkai.site;

import java.util.List;
import org.gongkai.model.Diagnostic;

/**
 * What a build did: its diagnostics, how many files the site has, how many of them were written (the
 * others were unchanged and kept), whether nothing had changed at all since the last build, and how
 * long each phase took.
 */
public record BuildResult(List<Diagnostic> diagnostics, int files, int written, boolean unchanged, List<Phase> phases) {

    public BuildResult(List<Diagnostic> diagnostics, int files, int written, boolean unchanged) {
        this(diagnostics, files, written, unchanged, List.of());
    }

    /** A phase of the build (读取, 检查, 生成, …) and its wall-clock time. */
    public record Phase(String name, long millis) {
    }

    /** "用时 12.3 秒（读取 2.1，检查 0.8，……）", or "" when no phase was timed. */
    public String timing() {
        if (phases.isEmpty()) {
            return "";
        }
        long total = phases.stream().mapToLong(Phase::millis).sum();
        StringBuilder text = new StringBuilder("用时 ").append(seconds(total)).append(" 秒（");
        for (int i = 0; i < phases.size(); i++) {
            text.append(i > 0 ? "，" : "").append(phases.get(i).name()).append(' ').append(seconds(phases.get(i).millis()));
        }
        return text.append("）").toString();
    }

    private static String seconds(long millis) {
        return java.math.BigDecimal.valueOf(millis).movePointLeft(3).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
