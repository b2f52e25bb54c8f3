package org.jindu.portal.control.internal.model;

import org.jindu.portal.api.Text;

/** Result of a urine or hair test. */
public enum TestResult {
    NEGATIVE("阴性", "Negative"), POSITIVE("阳性", "Positive"), REFUSED("拒绝检测", "Refused");

    private final Text label;

    TestResult(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
