package org.jindu.portal.control.internal.model;

import org.jindu.portal.api.Text;

/** Kinds of assistance (CT-7, 就业+培训+社保). */
public enum AssistanceKind {
    EMPLOYMENT("就业帮扶", "Employment help"), TRAINING("职业技能培训", "Vocational training"),
    SOCIAL_INSURANCE("社保纳入", "Social insurance"), SUBSIDY("帮扶救助金", "Assistance subsidy");

    private final Text label;

    AssistanceKind(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
