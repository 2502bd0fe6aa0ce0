package org.gongkai.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Diagnostic;

/** {@code check --format json}: the diagnostics for tools, in the same order as the text report. */
final class DiagnosticJson {

    private DiagnosticJson() {
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter out) throws JsonProcessingException {
        List<Map<String, Object>> items = DiagnosticReport.sorted(diagnostics).stream().map(d -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", d.isError() ? "error" : "warning");
            item.put("rule", d.rule());
            item.put("file", d.position().file());
            item.put("line", d.position().line());
            item.put("column", d.position().column());
            item.put("path", d.path());
            item.put("message", d.message());
            return item;
        }).toList();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
        report.put("warnings", diagnostics.stream().filter(d -> !d.isError()).count());
        report.put("diagnostics", items);
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        out.flush();
    }
}
