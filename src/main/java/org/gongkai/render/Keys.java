package org.gongkai.render;

/** Task keys are "task@digest": the task (report:…, unit:…, compare:2022, home) and what it was made from. */
final class Keys {

    private Keys() {
    }

    static String of(String task, String digest) {
        return task + "@" + digest;
    }

    static String task(String key) {
        int at = key.lastIndexOf('@');
        return at < 0 ? key : key.substring(0, at);
    }
}
