package org.gongkai.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Diagnostic;

/** A reviewer's findings for one content file, with the page of the report it belongs to, if any. */
public record AuditFindings(String file, String reportHref, List<Diagnostic> diagnostics) {

    /** @param pages each report's page by its YAML file */
    static List<AuditFindings> byFile(List<Diagnostic> diagnostics, Map<String, String> pages) {
        Map<String, List<Diagnostic>> grouped = new LinkedHashMap<>();
        diagnostics.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.position().file())
                        .thenComparingInt(d -> d.position().line()).thenComparingInt(d -> d.position().column()))
                .forEach(d -> grouped.computeIfAbsent(d.position().file(), k -> new ArrayList<>()).add(d));
        List<AuditFindings> findings = new ArrayList<>();
        grouped.forEach((file, list) -> findings.add(new AuditFindings(file, pages.get(file), list)));
        return findings;
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
