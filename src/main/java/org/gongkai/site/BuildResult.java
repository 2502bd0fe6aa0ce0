package org.gongkai.site;

import java.util.List;
import org.gongkai.model.Diagnostic;

/** What a build did: its diagnostics and, when it wrote the site, how many files. */
public record BuildResult(List<Diagnostic> diagnostics, int filesWritten) {

    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
