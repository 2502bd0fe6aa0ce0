package org.gongkai.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A failure that is gongkai's own fault (an exception no data should cause), told in Chinese for a
 * clerk: what happened, where in gongkai (the innermost place in its own code), the version, and
 * what to report. Never a stack trace; control characters in an exception's message are shown, not
 * sent to the terminal. Used by the command line for whatever stops a command, and by the preview
 * for a rebuild that threw.
 */
public final class InternalFailure {

    private InternalFailure() {
    }

    /**
     * @param kept what became of the output, as a sentence ("网页仍是上次成功生成的版本。"), or ""
     * @param command the command as the user runs it ({@code gongkai serve}), for the hint on memory
     * @param send what the user should send besides the message and version ("最近修改的文件（…）")
     */
    public static String describe(Throwable failure, String kept, String command, String send) {
        // A failure on a worker thread reaches here re-created on the caller's thread, the original as its cause.
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < 20; depth++) {
            root = root.getCause();
        }
        String what = root.getClass().getSimpleName()
                + (root.getMessage() == null || root.getMessage().isBlank() ? "" : "：" + oneLine(root.getMessage()));
        String where = where(failure);
        String report = "请把这条消息、gongkai 的版本（" + version() + "）和" + send + "报告给 gongkai 的维护者。";
        String text;
        if (find(failure, StackOverflowError.class) && command.endsWith(" import")) {
            text = "读取文件时调用层次过深（" + what + "，出现在 " + where + "）。文件中可能有异常长或异常深的内容（如一段极长的文字），"
                    + "请检查所导入的文件。" + kept + "如果文件正常，这是 gongkai 的内部错误：" + report;
        } else if (find(failure, StackOverflowError.class)) {
            text = "生成网站时调用层次过深（" + what + "，出现在 " + where + "）。常见的原因是模板中的宏或函数不停地调用自身，"
                    + "请检查最近修改的模板。" + kept + "如果不是模板的问题，这是 gongkai 的内部错误：" + report;
        } else if (find(failure, OutOfMemoryError.class) && command.endsWith(" import")) {
            text = "读取文件时内存不足（" + what + "，出现在 " + where + "）。文件中可能有异常大或异常多的内容，请检查所导入的文件。"
                    + kept + "如果文件正常，这是 gongkai 的内部错误：" + report;
        } else if (find(failure, OutOfMemoryError.class)) {
            text = "内存不足（" + what + "，出现在 " + where + "）。" + kept + "请检查最近修改的文件是否异常大；内容确实很多时，"
                    + "请给 Java 更多内存后再运行，如 JAVA_OPTS=-Xmx2g " + command + "。";
        } else {
            text = "gongkai 内部错误（" + what + "，出现在 " + where + "）。这是 gongkai 自身的问题：数据即使有误，也应列为错误，"
                    + "而不是出错。" + kept + report;
        }
        return ControlCharacters.visible(text);
    }

    /**
     * The innermost place in gongkai's own code the failure passed through, from the original failure
     * outwards: enough for a maintainer to start from.
     */
    public static String where(Throwable failure) {
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

    private static boolean find(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return line.length() > 500 ? line.substring(0, 500) + "…" : line;
    }

    /** From the jar's manifest; "开发版" when run from classes (tests, an IDE). */
    public static String version() {
        String version = InternalFailure.class.getPackage().getImplementationVersion();
        return version == null ? "开发版" : version;
    }
}
