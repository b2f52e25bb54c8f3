package org.jindu.portal.control.internal.model;

import org.jindu.portal.api.Text;

/** Kinds of work records (CT-4). */
public enum WorkKind {
    VISIT("走访", "Visit"), TALK("谈话", "Talk"), URINE_TEST("尿检", "Urine test"), HAIR_TEST("毛发检测", "Hair test"), VIOLATION("违规", "Violation");

    private final Text label;

    WorkKind(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    public boolean isTest() {
        return this == URINE_TEST || this == HAIR_TEST;
    }
}
