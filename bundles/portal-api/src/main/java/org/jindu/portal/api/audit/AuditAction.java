package org.jindu.portal.api.audit;

import org.jindu.portal.api.Text;

/** Common audit actions. Modules may use their own action words too (upper case, e.g. {@code DESIGNATE}). */
public final class AuditAction {
    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    /** A status transition; the detail says from and to. */
    public static final String TRANSITION = "TRANSITION";
    /** A read of a record that holds personal data. */
    public static final String READ_PERSONAL = "READ_PERSONAL";
    /** A full (unmasked) view of a protected field such as an ID number. */
    public static final String VIEW_FULL = "VIEW_FULL";
    public static final String EXPORT = "EXPORT";
    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGOUT = "LOGOUT";

    private AuditAction() {
    }

    /** A label for the common actions, the action word itself for others. */
    public static Text label(String action) {
        switch (action) {
            case CREATE: return Text.of("新建", "Create");
            case UPDATE: return Text.of("修改", "Update");
            case DELETE: return Text.of("删除", "Delete");
            case TRANSITION: return Text.of("状态变更", "Status change");
            case READ_PERSONAL: return Text.of("查看个人信息", "Read personal data");
            case VIEW_FULL: return Text.of("查看完整证件号", "View full identifier");
            case EXPORT: return Text.of("导出", "Export");
            case LOGIN: return Text.of("登录", "Login");
            case LOGIN_FAILED: return Text.of("登录失败", "Failed login");
            case LOGOUT: return Text.of("退出", "Logout");
            default: return Text.of(action, action);
        }
    }
}
