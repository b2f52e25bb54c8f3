package org.jindu.portal.platform.admin;

import java.util.List;

import org.jindu.portal.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/** User administration; requires {@code portal.admin.users} except for {@link #changeOwnPassword}. */
@ProviderType
public interface UserAdmin {

    List<UserInfo> users(UserContext actor);

    UserInfo user(UserContext actor, long id);

    UserInfo create(UserContext actor, UserDraft draft);

    UserInfo update(UserContext actor, long id, UserDraft draft);

    /** Sets a new password and clears any lock-out. */
    void resetPassword(UserContext actor, long id, String newPassword);

    void unlock(UserContext actor, long id);

    /** Any user may change his own password, given the current one. */
    void changeOwnPassword(UserContext user, String currentPassword, String newPassword);
}
