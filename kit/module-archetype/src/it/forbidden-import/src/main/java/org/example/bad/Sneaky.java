package org.example.bad;

import javax.servlet.http.HttpServletRequest;

import org.jindu.portal.platform.admin.UserAdmin;

/** Uses what a module must not: the platform's administration and a servlet of its own. */
public class Sneaky {
    public Object users(UserAdmin admin, HttpServletRequest request) {
        return admin.users(null) + request.getRemoteAddr();
    }
}
