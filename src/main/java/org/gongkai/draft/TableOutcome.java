package org.gongkai.draft;

/**
 * What became of one table of the source.
 *
 * @param place the file and table ({@code 决算.xlsx 表2（公开02表）})
 * @param title its printed title, or the one given to it
 * @param id the id of its {@code tables:} entry, or null when it has none (a 自评表 in its standard place)
 * @param kind the catalogue kind it was recognised as, or null for a custom table
 * @param mapped what it filled ({@code income}, {@code funds, indicators}), or null when it is kept as a table of its own
 */
public record TableOutcome(String place, String title, String id, String kind, String mapped) {

    /** Whether it is kept as a custom table (no catalogue kind). */
    public boolean custom() {
        return kind == null && mapped == null;
    }
}
