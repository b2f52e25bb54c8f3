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

    /**
     * The intelligence module's wastewater monitoring found a high drug abuse level in a catchment (IN-1); the
     * assessment module offers it as a yellow-card reason in the annual review of the titles in that area (CA-8).
     * Properties: {@link #ORG_NODE_ID} (the catchment's node, a town or a village), {@link #YEAR} (Integer),
     * {@link #LEVEL} (a short label such as "高"), {@link #DETAIL} (what was measured, for people).
     */
    public static final String WASTEWATER_ALERT = "portal/intelligence/wastewater/alert";

    public static final String MODULE_ID = "moduleId";
    public static final String UNIT_CODE = "unitCode";
    public static final String ENABLED = "enabled";
    /** Org node id of the record an event is about. */
    public static final String ORG_NODE_ID = "orgNodeId";
    /** Id of the record an event is about. */
    public static final String RECORD_ID = "recordId";
    /** A year the event is about (Integer). */
    public static final String YEAR = "year";
    /** A level or grade (String). */
    public static final String LEVEL = "level";
    /** A human-readable detail (String). */
    public static final String DETAIL = "detail";

    private PortalEvents() {
    }
}
