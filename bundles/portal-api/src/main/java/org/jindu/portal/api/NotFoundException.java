package org.jindu.portal.api;

/** The record does not exist (HTTP 404). */
public class NotFoundException extends PortalException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(Text text) {
        super(text);
    }

    /** The standard message: "&lt;kind&gt; &lt;id&gt; does not exist". */
    public static NotFoundException of(Text kind, Object id) {
        return new NotFoundException(Text.of(kind.zh() + " " + id + " 不存在", kind.en() + " " + id + " does not exist"));
    }
}
