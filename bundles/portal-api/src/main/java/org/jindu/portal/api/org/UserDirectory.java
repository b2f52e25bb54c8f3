package org.jindu.portal.api.org;

import java.util.List;
import java.util.Optional;

import org.jindu.portal.api.Role;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who is who, for picking people in a module (e.g. the office assigns assessors to an application): enabled users
 * by role, with names and scopes only. It checks nothing itself; the caller checks that its user may assign.
 */
@ProviderType
public interface UserDirectory {

    /** Enabled users holding the role, ordered by user name. */
    List<UserRef> withRole(Role role);

    /** An enabled user by id. */
    Optional<UserRef> user(long id);
}
