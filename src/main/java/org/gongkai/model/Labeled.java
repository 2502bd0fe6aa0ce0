package org.gongkai.model;

/** An enumeration whose YAML spelling is its label (Chinese or a fixed English id). */
public interface Labeled {
    String label();
}
