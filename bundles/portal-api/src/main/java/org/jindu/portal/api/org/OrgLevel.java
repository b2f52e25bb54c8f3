package org.jindu.portal.api.org;

import org.jindu.portal.api.Text;

/** Levels of the organisation tree, top to bottom. A node's children are exactly one level below it. */
public enum OrgLevel {
    CITY("市", "City"),
    TOWN("镇街", "Town"),
    VILLAGE("村居", "Village/community"),
    GRID("网格", "Grid");

    private final Text label;

    OrgLevel(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    /** The level directly below, or {@code null} for a grid. */
    public OrgLevel child() {
        return this == GRID ? null : values()[ordinal() + 1];
    }
}
