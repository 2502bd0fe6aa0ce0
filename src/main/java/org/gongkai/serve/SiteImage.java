package org.gongkai.serve;

import java.util.Map;
import org.gongkai.model.Diagnostic;

/**
 * One complete state of the previewed site: every file by its path, the build's diagnostics, and a
 * version that changes with each rebuild. Immutable, so a request that started on one version is
 * answered from that version even while the next one is being built.
 */
record SiteImage(long version, Map<String, byte[]> files, java.util.List<Diagnostic> diagnostics, boolean failed) {
}
