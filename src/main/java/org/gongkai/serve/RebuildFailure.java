package org.gongkai.serve;

import java.nio.file.Path;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Position;
import org.gongkai.render.RenderException;
import org.gongkai.model.InternalFailure;

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
        return InternalFailure.describe(failure, "网页仍是上次成功生成的版本，保存文件后重新生成。", command + " serve",
                "最近修改的文件（" + saved + "）");
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
}
