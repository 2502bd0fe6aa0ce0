package org.gongkai.model;

/**
 * A column of one of a 绩效自评's own tables, by the key its {@code columns} map names it under and the
 * heading gongkai prints when the report does not write the printed one.
 */
public interface PrintedColumn extends Labeled {

    String defaultHeading();
}
