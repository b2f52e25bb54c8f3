package org.jindu.portal.assessment.internal.domain;

import org.jindu.portal.api.Text;

/** Where an application stands in the round (the plan's procedure, §5). */
public enum ApplicationState {
    DRAFT("草稿", "Draft"),
    SUBMITTED("已申报", "Submitted"),
    REJECTED("未通过审核", "Rejected"),
    ACCEPTED("实施推进中", "Accepted, in implementation"),
    UNDER_ASSESSMENT("考评验收中", "Under assessment"),
    ASSESSED("已考评", "Assessed"),
    SUPERVISED("已质量督导", "Supervised"),
    DESIGNATED("已确定示范", "Designated"),
    NOT_DESIGNATED("未确定示范", "Not designated"),
    DISQUALIFIED("取消资格", "Disqualified"),
    WITHDRAWN("已撤回", "Withdrawn");

    private final Text label;

    ApplicationState(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    /** No further transition is possible. */
    public boolean isFinal() {
        return this == REJECTED || this == DESIGNATED || this == NOT_DESIGNATED || this == DISQUALIFIED || this == WITHDRAWN;
    }
}
