package org.jindu.portal.control.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CT-4: what a violation proposes. */
class FollowUpsTest {

    @Test
    void aPositiveTestInCommunityDetoxRaisesTheTierAndProposesCompulsoryDetox() {
        FollowUps.FollowUp f = FollowUps.of(Violation.POSITIVE_TEST, Status.COMMUNITY_DETOX, Tier.C1, false);
        assertThat(f.tier()).isEqualTo(Tier.B);
        assertThat(f.proposed()).isEqualTo(Status.COMPULSORY_DETOX);
    }

    @Test
    void aPositiveTestAfterReleaseIsARelapse() {
        assertThat(FollowUps.of(Violation.POSITIVE_TEST, Status.RELEASED, Tier.C2, false).proposed()).isEqualTo(Status.COMMUNITY_DETOX);
        assertThat(FollowUps.of(Violation.POSITIVE_TEST, Status.ABSTINENT, Tier.C2, false).proposed()).isEqualTo(Status.COMMUNITY_DETOX);
    }

    @Test
    void aPositiveHairTestCallsForARetestAndAnInterview() {
        assertThat(FollowUps.of(Violation.POSITIVE_TEST, Status.COMMUNITY_REHAB, Tier.B, true).advice().zh()).contains("复检").contains("约谈");
    }

    @Test
    void aRefusedTestCountsLikeAPositiveOne() {
        FollowUps.FollowUp f = FollowUps.of(Violation.REFUSED_TEST, Status.COMMUNITY_REHAB, Tier.A, false);
        assertThat(f.tier()).isEqualTo(Tier.A);
        assertThat(f.proposed()).isEqualTo(Status.COMPULSORY_DETOX);
    }

    @Test
    void aMissedCheckInRaisesTheTierOnly() {
        FollowUps.FollowUp f = FollowUps.of(Violation.MISSED_CHECK_IN, Status.COMMUNITY_DETOX, Tier.C2, false);
        assertThat(f.tier()).isEqualTo(Tier.C1);
        assertThat(f.proposed()).isNull();
        assertThat(f.advice().en()).contains("visit within 3 days");
    }

    @Test
    void noStatusIsProposedForSomeoneInAFacility() {
        assertThat(FollowUps.of(Violation.POSITIVE_TEST, Status.COMPULSORY_DETOX, Tier.A, false).proposed()).isNull();
        assertThat(FollowUps.of(Violation.POSITIVE_TEST, Status.IN_CUSTODY, Tier.A, false).proposed()).isNull();
    }
}
