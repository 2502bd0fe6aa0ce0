package org.gongkai.model;

/** What a site publishes: one bureau's years, or a portal of many units with regions and comparisons. */
public enum Scope implements Labeled {
    UNIT("unit"),
    PORTAL("portal");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
