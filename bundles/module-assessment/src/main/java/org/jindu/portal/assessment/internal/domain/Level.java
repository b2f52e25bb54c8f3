package org.jindu.portal.assessment.internal.domain;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.org.OrgLevel;

/** What is being created: a drug-free village/community (无毒村居) or a drug-free town (无毒镇街). */
public enum Level {
    VILLAGE("无毒村居", "Drug-free village/community", OrgLevel.VILLAGE, 6),
    TOWN("无毒镇街", "Drug-free town", OrgLevel.TOWN, 12);

    private final Text label;
    private final OrgLevel orgLevel;
    private final int defaultCycleMonths;

    Level(String zh, String en, OrgLevel orgLevel, int defaultCycleMonths) {
        this.label = Text.of(zh, en);
        this.orgLevel = orgLevel;
        this.defaultCycleMonths = defaultCycleMonths;
    }

    public Text label() {
        return label;
    }

    /** The org level of the applicants. */
    public OrgLevel orgLevel() {
        return orgLevel;
    }

    /** The plan's creation cycle (§6.2): six months for villages, one year for towns. */
    public int defaultCycleMonths() {
        return defaultCycleMonths;
    }
}
