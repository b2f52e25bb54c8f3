package org.jindu.portal.platform.admin;

import java.time.Instant;
import java.util.Set;

import org.jindu.portal.api.Role;

/**
 * A portal user as administrators see it. Never carries the password hash.
 *
 * @param id           user id
 * @param username     login name
 * @param displayName  full name
 * @param roles        roles
 * @param scopeNodeIds org nodes granted (each with its subtree)
 * @param unitCodes    member units the user works for
 * @param enabled      whether the account may log in
 * @param lockedUntil  end of a lock-out after failed logins, or {@code null}
 * @param lastLogin    time of the last successful login, or {@code null}
 */
public record UserInfo(long id, String username, String displayName, Set<Role> roles, Set<Long> scopeNodeIds,
                       Set<String> unitCodes, boolean enabled, Instant lockedUntil, Instant lastLogin) {
}
