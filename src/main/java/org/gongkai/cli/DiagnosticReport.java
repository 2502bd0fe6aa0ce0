package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import org.gongkai.model.Diagnostic;

/**
 * Prints diagnostics grouped by file, in file and line order, then a count. What content put in a
 * message (a value, a file name) is shown with its control characters made visible, so an ESC in a
 * value cannot clear or recolour the clerk's terminal.
 */
final class DiagnosticReport {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column());

    private DiagnosticReport() {
    }

    static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().sorted(ORDER).toList();
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter out) {
        String file = null;
        for (Diagnostic diagnostic : sorted(diagnostics)) {
            if (file != null && !file.equals(diagnostic.position().file())) {
                out.println();
            }
            file = diagnostic.position().file();
            out.println(diagnostic.forTerminal());
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.stream().filter(Diagnostic::isWarning).count();
        long notes = diagnostics.size() - errors - warnings;
        if (!diagnostics.isEmpty()) {
            out.println();
            out.println("共 " + errors + " 个错误，" + warnings + " 个警告" + (notes > 0 ? "，" + notes + " 个提示" : "") + "。");
        }
        out.flush();
    }
}
