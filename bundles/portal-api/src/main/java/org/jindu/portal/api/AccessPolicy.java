package org.jindu.portal.api;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one place that answers "may this user do X on a record of node N in module M".
 *
 * <p>Permission ids are namespaced by module: {@code <moduleId>.<action>}, e.g. {@code assessment.application.edit};
 * the module id is everything before the first dot. A user holds a permission when one of his roles is granted it
 * <em>and</em> the module is usable for him: installed, and, if the user works for member units, enabled for at
 * least one of them. Users without a unit (village staff, assessors, leaders) are governed by role and scope only.
 * Platform permissions use the module id {@code portal} and are always enabled.
 *
 * <p>Scope: a record belongs to an org node; the user may touch it when that node lies in the subtree of one of
 * his scope nodes. Modules put {@link #visibleNodes} into their queries so that scoping happens in the database.
 */
@ProviderType
public interface AccessPolicy {

    /** Whether the user holds the permission at all (role grant + module usable), regardless of scope. */
    boolean isPermitted(UserContext user, String permission);

    /** Whether the user holds the permission for a record that belongs to the given org node. */
    boolean isPermitted(UserContext user, String permission, long orgNodeId);

    /** Like {@link #isPermitted(UserContext, String)} but throws {@link AccessDeniedException} naming the permission. */
    void check(UserContext user, String permission);

    /** Like {@link #isPermitted(UserContext, String, long)} but throws {@link AccessDeniedException}. */
    void check(UserContext user, String permission, long orgNodeId);

    /**
     * The ids of every org node whose records the user may touch with this permission: the union of his scope
     * subtrees, or the empty set when he lacks the permission. Use it as {@code ... where e.orgNodeId in :nodes}.
     */
    Set<Long> visibleNodes(UserContext user, String permission);

    /** Every permission the user holds right now (role grants of usable modules). */
    Set<String> grantedPermissions(UserContext user);

    /** Whether the module is installed and usable by this user (see the class comment on units). */
    boolean isModuleUsable(UserContext user, String moduleId);
}
