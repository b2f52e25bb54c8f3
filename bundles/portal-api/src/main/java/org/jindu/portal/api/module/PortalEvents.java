package org.jindu.portal.api.module;

/**
 * EventAdmin topics and property names the platform posts. Modules post their own events on
 * {@code portal/<moduleId>/<event>} with plain values (strings, numbers, booleans) only, so that receivers need
 * no classes of the sender.
 */
public final class PortalEvents {
    /** A module's enablement for a unit changed. Properties: {@link #MODULE_ID}, {@link #UNIT_CODE}, {@link #ENABLED}. */
    public static final String MODULE_ENABLEMENT = "portal/core/module/enablement";
    /** A module was installed (its descriptor registered). Property: {@link #MODULE_ID}. */
    public static final String MODULE_INSTALLED = "portal/core/module/installed";
    /** A module was removed (its descriptor unregistered). Property: {@link #MODULE_ID}. */
    public static final String MODULE_REMOVED = "portal/core/module/removed";
    /** The org tree or the units changed. */
    public static final String ORG_CHANGED = "portal/core/org/changed";

    public static final String MODULE_ID = "moduleId";
    public static final String UNIT_CODE = "unitCode";
    public static final String ENABLED = "enabled";
    /** Org node id of the record an event is about. */
    public static final String ORG_NODE_ID = "orgNodeId";
    /** Id of the record an event is about. */
    public static final String RECORD_ID = "recordId";

    private PortalEvents() {
    }
}
