package org.jindu.portal.api;

/** The user lacks the permission, the module is not enabled for him, or the record is outside his scope (HTTP 403). */
public class AccessDeniedException extends PortalException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(Text text) {
        super(text);
    }

    /** The standard refusal for a permission. */
    public static AccessDeniedException forPermission(String permission) {
        return new AccessDeniedException(Text.of("无权执行此操作(" + permission + ")",
                "You are not allowed to do this (" + permission + ")"));
    }
}
