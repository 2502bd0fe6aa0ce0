package org.gongkai.load;

import java.util.List;
import org.gongkai.model.Content;
import org.gongkai.model.Diagnostic;

/** The loaded content (null when nothing usable could be read) and everything found wrong on the way. */
public record LoadResult(Content content, List<Diagnostic> diagnostics) {

    public boolean hasErrors() {
        return content == null || diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
