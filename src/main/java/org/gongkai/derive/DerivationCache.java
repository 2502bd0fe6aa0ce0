package org.gongkai.derive;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.gongkai.model.Report;

/**
 * The figures derived last time, by report. The loader hands back the same report object while its
 * files are unchanged, so a report whose object, grade scale and previous year's figures are the same
 * need not be derived again (the preview derives after every save).
 */
public final class DerivationCache {

    private record Entry(Object context, ReportFigures figures) {
    }

    /** A context compared by identity: last year's figures must be the very same object, not an equal one. */
    record Same(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private Map<Report, Entry> last = new IdentityHashMap<>();
    private Map<Report, Entry> next = new IdentityHashMap<>();

    private Object site;
    private final Map<String, GradeScale> scales = new java.util.HashMap<>();

    /**
     * The report's grade scale, one object per scale while the site is the same object, so that the
     * figures cached with it are recognised by identity rather than compared band by band.
     */
    synchronized GradeScale scale(Report report, org.gongkai.model.Content content) {
        if (content.site() != site) {
            site = content.site();
            scales.clear();
        }
        GradeScale scale = GradeScales.of(report, content).orElse(null);
        return scale == null ? null : scales.computeIfAbsent(scale.name(), name -> scale);
    }

    synchronized ReportFigures get(Report report, Object context) {
        Entry entry = last.get(report);
        return entry != null && Objects.equals(entry.context(), context) ? entry.figures() : null;
    }

    synchronized void put(Report report, Object context, ReportFigures figures) {
        next.put(report, new Entry(context, figures));
    }

    /** Ends a derivation: what it used is what the next one may reuse. */
    synchronized void roll() {
        last = next;
        next = new IdentityHashMap<>();
    }
}
