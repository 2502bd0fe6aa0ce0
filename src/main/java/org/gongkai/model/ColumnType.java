package org.gongkai.model;

/** What a data table's column holds; amounts, numbers and percents are read as figures and can be summed. */
public enum ColumnType implements Labeled {
    TEXT("text"),
    CODE("code"),
    AMOUNT("amount"),
    NUMBER("number"),
    PERCENT("percent");

    private final String label;

    ColumnType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean figure() {
        return this == AMOUNT || this == NUMBER || this == PERCENT;
    }
}
