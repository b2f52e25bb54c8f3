package org.jindu.portal.assessment.internal.domain;

import org.jindu.portal.api.Text;

/** The office's overall rating in its quality supervision opinion (质量督导, CA-6). */
public enum SupervisionRating {
    EXCELLENT("优秀", "Excellent"),
    GOOD("良好", "Good"),
    FAIR("一般", "Fair"),
    POOR("较差", "Poor");

    private final Text label;

    SupervisionRating(String zh, String en) {
        label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
