package org.gongkai.model;

public enum UnitLevel implements Labeled {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级");

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
