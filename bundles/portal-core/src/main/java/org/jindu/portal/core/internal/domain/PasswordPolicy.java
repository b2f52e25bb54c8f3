package org.jindu.portal.core.internal.domain;

import org.jindu.portal.api.Text;

/** What a new password must be: at least 8 characters with at least one letter and one digit, not the user name. */
public final class PasswordPolicy {
    private PasswordPolicy() {
    }

    /** {@code null} when acceptable, otherwise the reason. */
    public static Text problem(String username, String password) {
        if (password == null || password.length() < 8) {
            return Text.of("密码至少 8 位", "must be at least 8 characters");
        }
        if (password.length() > 128) {
            return Text.of("密码不能超过 128 位", "must be at most 128 characters");
        }
        if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            return Text.of("密码须同时包含字母和数字", "must contain letters and digits");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Text.of("密码不能与用户名相同", "must differ from the user name");
        }
        return null;
    }
}
