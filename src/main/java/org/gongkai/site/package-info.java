/**
 * Stage 6, building a site: loads, derives, checks and renders unit by unit, then writes the output
 * folder atomically and records what the next build may reuse. Entry point:
 * {@link org.gongkai.site.SiteBuilder}. Uses {@code model}, {@code load}, {@code derive}, {@code check},
 * {@code render} and {@code render.chart}.
 */
package org.gongkai.site;
