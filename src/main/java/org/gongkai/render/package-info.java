/**
 * Stage 5, rendering: turns derived content into the site's files (pages from the FreeMarker templates,
 * Markdown, tables and their CSV/JSON downloads, a report's workbook and Word file where the site asks for
 * them, charts, the search index, feeds, datasets), keyed so an
 * unchanged task is taken over from the earlier rendering. Entry point:
 * {@link org.gongkai.render.SitePages}, with the parts {@code site} and {@code serve} configure it with
 * (templates, Markdown, reuse, progress, file sink). The records the templates read (links, crumbs,
 * chart views) are public so that templates can use them; most of the rest is package-private.
 *
 * <p>Uses {@code model}, {@code load} (digests, JSON Schemas), {@code derive}, {@code render.chart}, and
 * of {@code check} only the Markdown bound ({@code check.MarkdownChecks.refusal}), so that a narrative
 * {@code check} accepts is one the renderer renders; a reviewer's build is given its findings as
 * diagnostics.
 */
package org.gongkai.render;
