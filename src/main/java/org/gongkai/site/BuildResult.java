package org.gongkai.site;

import java.util.List;
import org.gongkai.model.Diagnostic;

/**
 * What a build did: its diagnostics, how many files the site has, how many of them were written (the
 * others were unchanged and kept), and whether nothing had changed at all since the last build.
 */
public record BuildResult(List<Diagnostic> diagnostics, int files, int written, boolean unchanged) {

    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
