package org.gongkai.render;

/** A template could not be found or failed; the message names the template and, in Chinese, why. */
public final class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderException(String template, Exception cause) {
        super("模板 " + template + " 出错：" + firstLine(cause.getMessage()), cause);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().limit(3).reduce((a, b) -> a + " " + b).orElse("");
    }
}
