package org.jindu.portal.api;

/** Permissions of the platform itself (module id {@code portal}, always enabled). */
public final class PlatformPermissions {
    /** The platform's module id. */
    public static final String MODULE_ID = "portal";
    /** Read the org tree and the member units. */
    public static final String ORG_READ = "portal.org.read";
    /** Create and change org nodes and member units. */
    public static final String ADMIN_ORG = "portal.admin.org";
    /** Create and change users, reset passwords, unlock accounts. */
    public static final String ADMIN_USERS = "portal.admin.users";
    /** Change which roles hold which permissions. */
    public static final String ADMIN_ROLES = "portal.admin.roles";
    /** See modules and enable or disable them for member units. */
    public static final String ADMIN_MODULES = "portal.admin.modules";
    /** Install, upgrade, roll back and remove module packages. */
    public static final String ADMIN_PACKAGES = "portal.admin.packages";
    /** Enable or disable, for one's own member units, the modules the administrator offered to units. */
    public static final String UNIT_MODULES = "portal.unit.modules";
    /** Manage the staff accounts of one's own member units. */
    public static final String UNIT_USERS = "portal.unit.users";
    /** Search and verify the audit log. */
    public static final String AUDIT_READ = "portal.audit.read";

    private PlatformPermissions() {
    }
}
