package org.gongkai.render;

import org.gongkai.model.Diagnostic;
import org.gongkai.model.Position;

/**
 * A page could not be made: a template failed or was refused, or a narrative is beyond what can be
 * rendered. The message is {@code file:line:column: reason}, in Chinese, without Java in it.
 */
public final class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Position position;
    private final String reason;

    public RenderException(Position position, String reason, Throwable cause) {
        super(position + ": " + reason, cause);
        this.position = position;
        this.reason = reason;
    }

    public Position position() {
        return position;
    }

    public String reason() {
        return reason;
    }

    /** The failure as an error diagnostic, for lists of errors (the preview's overlay, {@code check}). */
    public Diagnostic diagnostic() {
        return Diagnostic.error("render.template", position, "", reason);
    }
}
