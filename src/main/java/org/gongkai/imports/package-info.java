/**
 * Stage 0, import: reads a published document (Word .docx/.doc, Excel .xlsx/.xls, a saved web page,
 * the text of a PDF) into a neutral {@link org.gongkai.imports.SourceDocument} that keeps what the
 * source shows — headings, paragraphs, tables with their merged cells, numbers exactly as printed and
 * where each cell came from — and nothing gongkai infers. Turning it into content is a later step.
 * Every file is untrusted: its real format is sniffed from its bytes and bounded by
 * {@link org.gongkai.imports.ImportLimits} before any library parses it, and every failure is an
 * {@link org.gongkai.imports.ImportException} with a message in Chinese. Entry point:
 * {@link org.gongkai.imports.DocumentReader}; a document's narrative as Markdown:
 * {@link org.gongkai.imports.NarrativeMarkdown}. Uses {@code model} only.
 */
package org.gongkai.imports;
