package org.gongkai.render;

/** A breadcrumb; the last one (the page itself) has no link. */
public record Crumb(String label, String href) {
}
