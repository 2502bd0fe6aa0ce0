/**
 * Stage 2, loading: reads a content folder (site.yaml, units, reports, Markdown) into the model, with
 * a diagnostic at file:line:column for everything it cannot read; also the JSON Schemas of the files
 * and the content digests later stages key their work on. Entry point:
 * {@link org.gongkai.load.ContentLoader}. Uses {@code model} only.
 */
package org.gongkai.load;
