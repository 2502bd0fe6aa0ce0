package org.gongkai.model;

/** One cell of a data table as written, with where it was written. */
public record Cell(String text, Position position) {
}
