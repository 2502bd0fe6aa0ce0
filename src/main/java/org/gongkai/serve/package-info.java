/**
 * Stage 7, the preview: a local server that renders the site in memory and renders it again when the
 * content changes. Entry point: {@link org.gongkai.serve.Preview}. Uses {@code model}, {@code render} and
 * {@code site} (and so, through them, the earlier stages).
 */
package org.gongkai.serve;
