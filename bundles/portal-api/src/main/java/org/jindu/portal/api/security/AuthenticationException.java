package org.jindu.portal.api.security;

import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Text;

/** A login that did not succeed (HTTP 401). The message never says whether the user name exists. */
public class AuthenticationException extends PortalException {
    private static final long serialVersionUID = 1L;

    /** Why the login failed; {@link #BAD_CREDENTIALS} and {@link #LOCKED} are shown to the user the same way. */
    public enum Reason { BAD_CREDENTIALS, LOCKED, DISABLED, SETUP_REQUIRED }

    private final Reason reason;

    public AuthenticationException(Reason reason) {
        super(message(reason));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    private static Text message(Reason reason) {
        switch (reason) {
            case LOCKED:
                return Text.of("登录失败次数过多，账号已暂时锁定，请稍后再试",
                        "Too many failed logins: the account is locked for a while, try again later");
            case SETUP_REQUIRED:
                return Text.of("系统尚未初始化，请先设置管理员密码", "The portal is not set up yet: set the administrator password first");
            default:
                return Text.of("用户名或密码错误", "Wrong user name or password");
        }
    }
}
