package org.gongkai.draft;

/**
 * A cell where the draft needed a number and the document printed something else; the draft leaves
 * that figure out, for the clerk to fill in.
 *
 * @param place the file and cell ({@code 决算.xlsx 表3 第5行 第2列})
 * @param text the cell's text as printed
 * @param field the field it was read for ({@code income.general-budget})
 */
public record UnreadCell(String place, String text, String field) {
}
