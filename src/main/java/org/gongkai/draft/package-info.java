/**
 * Stage 1, drafting: turns the {@link org.gongkai.imports.SourceDocument}s of one published disclosure
 * into draft content — the report's YAML (every figure with the cell it came from), its Markdown
 * narrative and, for a new unit, its unit.yaml — by recognising the report kind, unit, year, money unit
 * and each table against the table catalogue; a table it cannot map is kept as a custom table. Writes
 * the draft into a content folder all at once or not at all. Entry points:
 * {@link org.gongkai.draft.DraftMapper} and {@link org.gongkai.draft.DraftWriter}. Uses {@code model},
 * {@code imports} and {@code load}.
 */
package org.gongkai.draft;
