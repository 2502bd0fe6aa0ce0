package org.gongkai.model;

/** A target set at the start of the year beside what was achieved. */
public record PlanAndResult(String planned, String actual, Origin origin) {
}
