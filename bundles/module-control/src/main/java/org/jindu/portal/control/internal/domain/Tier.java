package org.jindu.portal.control.internal.domain;

import org.jindu.portal.api.Text;

/**
 * Risk tier of the tiered control (分级分类管控, CT-3), high to low: A strict control, B close prevention, C1 standard
 * management, C2 unobtrusive service (the colour code red, yellow, blue, green).
 */
public enum Tier {
    A("A 高风险 (红)", "A high (red)"),
    B("B 中风险 (黄)", "B medium (yellow)"),
    C1("C1 低风险 (蓝)", "C1 low (blue)"),
    C2("C2 低风险 (绿)", "C2 lowest (green)");

    private final Text label;

    Tier(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    /** One step higher; A stays A. */
    public Tier raised() {
        return this == A ? A : values()[ordinal() - 1];
    }

    public boolean higherThan(Tier other) {
        return ordinal() < other.ordinal();
    }
}
