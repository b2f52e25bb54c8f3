package org.jindu.portal.platform.admin;

import java.util.Set;

import org.jindu.portal.api.Role;

/**
 * Input for creating or changing a user.
 *
 * @param username     login name: 3-32 letters, digits, '.', '_' or '-'
 * @param displayName  full name
 * @param roles        at least one role
 * @param scopeNodeIds at least one org node
 * @param unitCodes    member units (may be empty)
 * @param enabled      whether the account may log in
 * @param password     initial password when creating (at least 8 characters with letters and digits); ignored on update
 */
public record UserDraft(String username, String displayName, Set<Role> roles, Set<Long> scopeNodeIds,
                        Set<String> unitCodes, boolean enabled, String password) {
}
