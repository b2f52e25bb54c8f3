package org.jindu.portal.control.internal.domain;

import org.jindu.portal.api.Text;

public enum Gender {
    MALE("男", "male"), FEMALE("女", "female");

    private final Text label;

    Gender(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
