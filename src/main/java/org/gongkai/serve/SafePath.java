package org.gongkai.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A request path as a key of the site image, or null for anything that tries to leave the site:
 * "..", encoded ("%2e%2e", "%2f"), doubly encoded, backslashes, NUL or absolute forms.
 */
final class SafePath {

    private SafePath() {
    }

    static String of(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return null;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (decoded.contains("%") || decoded.contains("\\") || decoded.contains("\0") || decoded.contains("//")) {
            return null;
        }
        String path = decoded.substring(1);
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        return path;
    }
}
