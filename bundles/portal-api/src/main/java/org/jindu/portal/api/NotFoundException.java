package org.jindu.portal.api;

/** The record does not exist (HTTP 404). */
public class NotFoundException extends PortalException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(Text text) {
        super(text);
    }

    /**
     * The standard message: "&lt;kind&gt; &lt;id&gt; does not exist". The id is the client's input: shown up to 64
     * characters, so that an error never sends a large input back.
     */
    public static NotFoundException of(Text kind, Object id) {
        String shown = String.valueOf(id);
        if (shown.length() > 64) {
            shown = shown.substring(0, 64) + "…";
        }
        return new NotFoundException(Text.of(kind.zh() + " " + shown + " 不存在", kind.en() + " " + shown + " does not exist"));
    }
}
