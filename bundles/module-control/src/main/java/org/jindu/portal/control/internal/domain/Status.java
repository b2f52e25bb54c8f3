package org.jindu.portal.control.internal.domain;

import java.time.Period;

import org.jindu.portal.api.Text;

/**
 * Where a registered person stands (CT-2). A status with a term ends on a due date computed from the day it began:
 * community detox 3 years, community rehabilitation up to 3 years, compulsory isolated detox 2 years (the decision's
 * usual length; an extension is a new transition).
 */
public enum Status {
    COMMUNITY_DETOX("社区戒毒", "Community detox", Period.ofYears(3), true),
    COMMUNITY_REHAB("社区康复", "Community rehabilitation", Period.ofYears(3), true),
    COMPULSORY_DETOX("强制隔离戒毒", "Compulsory isolated detox", Period.ofYears(2), false),
    VOLUNTARY_DETOX("自愿戒毒", "Voluntary detox", null, true),
    IN_CUSTODY("羁押/服刑", "In custody", null, false),
    RELEASED("解除/出所 (社会面)", "Released (in the community)", null, true),
    LOST_CONTACT("脱失", "Lost contact", null, false),
    ABSTINENT("戒断三年未复吸", "Abstinent for 3 years", null, false),
    DECEASED("死亡", "Deceased", null, false);

    private final Text label;
    private final Period term;
    private final boolean inCommunity;

    Status(String zh, String en, Period term, boolean inCommunity) {
        this.label = Text.of(zh, en);
        this.term = term;
        this.inCommunity = inCommunity;
    }

    public Text label() {
        return label;
    }

    /** The term of the measure, or {@code null} when it has none. */
    public Period term() {
        return term;
    }

    /** Whether the person lives in the community under the town's control: visits and tests are due then. */
    public boolean inCommunity() {
        return inCommunity;
    }
}
