package org.jindu.portal.control.internal.domain;

import org.jindu.portal.api.Text;

/** A violation of the control agreement (CT-4). */
public enum Violation {
    REFUSED_TEST("拒绝检测", "Refused a test"),
    POSITIVE_TEST("检测阳性", "Positive test"),
    MISSED_CHECK_IN("未按时报到", "Missed a check-in");

    private final Text label;

    Violation(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
