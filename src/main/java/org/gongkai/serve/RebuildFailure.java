package org.gongkai.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Position;
import org.gongkai.render.RenderException;

/**
 * A rebuild that threw instead of ending in diagnostics, told as one diagnostic in Chinese for the
 * terminal, the overlay and {@code /__gongkai/status}: a template that fails names the template
 * file, line and column; anything else is an internal error that says what happened, where in
 * gongkai, and what to report. Never a stack trace.
 */
final class RebuildFailure {

    private final String command;

    /** @param command how the user runs gongkai ({@code gongkai}, {@code java -jar …}), for the hints */
    RebuildFailure(String command) {
        this.command = command;
    }

    /** @param saved the file saved last, or the content folder when the failure is not after a save */
    Diagnostic diagnostic(Throwable failure, Path saved) {
        RenderException template = find(failure, RenderException.class);
        if (template != null) {
            return Diagnostic.error("render.template", template.position(), "",
                    sentence(template.reason()) + "网页仍是上次成功生成的版本；改正后保存即自动更新。");
        }
        return Diagnostic.error("internal.error", Position.ofFile(saved.toString()), "", internal(failure, saved));
    }

    private String internal(Throwable failure, Path saved) {
        // A failure on a worker thread reaches here re-created on the caller's thread, the original as its cause.
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < 20; depth++) {
            root = root.getCause();
        }
        String what = root.getClass().getSimpleName()
                + (root.getMessage() == null || root.getMessage().isBlank() ? "" : "：" + oneLine(root.getMessage()));
        String where = where(failure);
        String kept = "网页仍是上次成功生成的版本，保存文件后重新生成。";
        String report = "请把这条消息、gongkai 的版本（" + version() + "）和最近修改的文件（" + saved
                + "）报告给 gongkai 的维护者。";
        if (find(failure, StackOverflowError.class) != null) {
            return "生成网站时调用层次过深（" + what + "，出现在 " + where + "）。常见的原因是模板中的宏或函数不停地调用自身，"
                    + "请检查最近修改的模板。" + kept + "如果不是模板的问题，这是 gongkai 的内部错误：" + report;
        }
        if (find(failure, OutOfMemoryError.class) != null) {
            return "内存不足（" + what + "，出现在 " + where + "）。" + kept + "请检查最近修改的文件是否异常大；内容确实很多时，"
                    + "请停止预览，给 Java 更多内存后再运行，如 JAVA_OPTS=-Xmx2g " + command + " serve。";
        }
        return "gongkai 内部错误（" + what + "，出现在 " + where + "）。这是 gongkai 自身的问题：数据即使有误，也应列为错误，"
                + "而不是出错。" + kept + report;
    }

    /**
     * The innermost place in gongkai's own code the failure passed through, from the original failure
     * outwards: enough for a maintainer to start from.
     */
    private static String where(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause) && chain.size() < 20; cause = cause.getCause()) {
            chain.add(0, cause);
        }
        for (Throwable cause : chain) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().startsWith("org.gongkai.")) {
                    return frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
                }
            }
        }
        StackTraceElement[] frames = chain.get(0).getStackTrace();
        return frames.length == 0 ? "未知位置" : frames[0].getClassName() + "." + frames[0].getMethodName();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String sentence(String text) {
        return text.endsWith("。") ? text : text + "。";
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return line.length() > 500 ? line.substring(0, 500) + "…" : line;
    }

    private static String version() {
        String version = RebuildFailure.class.getPackage().getImplementationVersion();
        return version == null ? "开发版" : version;
    }
}
