package org.gongkai.draft;

import org.gongkai.model.ReportKind;

/**
 * What the clerk says about the documents, over what the import recognises (null: recognise it).
 *
 * @param kind the report kind ({@code --kind})
 * @param year the year ({@code --year})
 */
public record DraftHints(ReportKind kind, Integer year) {

    public static DraftHints none() {
        return new DraftHints(null, null);
    }
}
