package org.jindu.portal.control.internal.domain;

import org.jindu.portal.api.Text;

/**
 * What a violation triggers (CT-4). A positive or refused test raises the tier at once (the risk is there now) and
 * proposes a change of status for the office to decide with a legal basis: in community detox or rehabilitation it
 * is a serious violation of the agreement (compulsory isolated detox), after release or abstinence it is a relapse
 * (community detox). A positive hair test also calls for a retest and an interview. A missed check-in raises the
 * tier only; the status stays.
 */
public final class FollowUps {
    /**
     * @param tier     the tier after the violation (raised, or unchanged when already A)
     * @param proposed the status proposed to the office, or {@code null}
     * @param advice   what the worker should do next
     */
    public record FollowUp(Tier tier, Status proposed, Text advice) {
    }

    private FollowUps() {
    }

    public static FollowUp of(Violation violation, Status status, Tier tier, boolean hairTest) {
        return switch (violation) {
            case MISSED_CHECK_IN -> new FollowUp(tier.raised(), null,
                    Text.of("3 日内上门走访，查明未报到原因", "visit within 3 days and find out why the check-in was missed"));
            case POSITIVE_TEST, REFUSED_TEST -> new FollowUp(tier.raised(), proposedStatus(status),
                    hairTest && violation == Violation.POSITIVE_TEST
                            ? Text.of("毛发检测阳性：安排复检并约谈本人", "positive hair test: arrange a retest and an interview")
                            : Text.of("约谈本人，报派出所依法处置", "interview the person and report to the police station"));
        };
    }

    /** The status the office should consider, or {@code null} when none fits (e.g. already in a facility). */
    static Status proposedStatus(Status status) {
        return switch (status) {
            case COMMUNITY_DETOX, COMMUNITY_REHAB, VOLUNTARY_DETOX -> Status.COMPULSORY_DETOX;
            case RELEASED, ABSTINENT -> Status.COMMUNITY_DETOX;
            default -> null;
        };
    }
}
