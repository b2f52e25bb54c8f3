package org.jindu.portal.api.org;

import java.io.Serializable;
import java.util.Set;

import org.jindu.portal.api.Role;

/**
 * A user as other users may see him: no password, no lock-out state, no login times.
 *
 * @param id           user id
 * @param username     login name
 * @param displayName  full name
 * @param roles        roles
 * @param scopeNodeIds org nodes granted (each with its subtree)
 */
public record UserRef(long id, String username, String displayName, Set<Role> roles, Set<Long> scopeNodeIds)
        implements Serializable {
    public UserRef {
        roles = Set.copyOf(roles);
        scopeNodeIds = Set.copyOf(scopeNodeIds);
    }
}
