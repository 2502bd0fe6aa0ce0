package org.gongkai.render;

/** One file of the site: its path below the output folder ('/'-separated) and its bytes. */
public record RenderedFile(String path, byte[] bytes) {
}
