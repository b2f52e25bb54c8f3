package org.jindu.portal.assessment.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.assessment.internal.domain.Titles.Held;
import org.jindu.portal.assessment.internal.domain.Titles.Outcome;
import org.jindu.portal.assessment.internal.domain.Titles.Review;
import org.jindu.portal.assessment.internal.domain.Titles.Status;
import org.junit.jupiter.api.Test;

/** CA-7 to CA-9: coverage, the 80 % town rule, yellow cards, revocation, re-application and quota. */
class CoverageAndTitlesTest {

    @Test
    void coverageIsAPercentageWithOneDecimal() {
        assertThat(Coverage.percent(6, 10)).isEqualTo(60.0);
        assertThat(Coverage.percent(2, 3)).isEqualTo(66.7);
        assertThat(Coverage.percent(0, 0)).isZero();
        assertThat(Coverage.targetMet(60.0, 60.0)).isTrue();
        assertThat(Coverage.targetMet(59.9, 60.0)).isFalse();
        assertThat(Coverage.targetMet(10.0, null)).isTrue();
    }

    @Test
    void aTownNeedsEightyPercentOfItsVillages() {
        assertThat(Coverage.townEligible(8, 10, Coverage.TOWN_THRESHOLD)).isTrue();
        assertThat(Coverage.townEligible(7, 10, Coverage.TOWN_THRESHOLD)).isFalse();
        assertThat(Coverage.townEligible(0, 0, Coverage.TOWN_THRESHOLD)).isFalse();
        assertThatThrownBy(() -> Coverage.requireTownEligible(7, 10, 80))
                .isInstanceOf(ConflictException.class).hasMessageContaining("70.0%").hasMessageContaining("1 more");
        Coverage.requireTownEligible(4, 5, 80);
        assertThat(Coverage.townEligible(7, 10, 70)).as("the threshold is configurable").isTrue();
    }

    @Test
    void aSecondConsecutiveYellowCardProposesRevocation() {
        List<Review> history = List.of(new Review(2024, Outcome.YELLOW_CARD));
        assertThat(Titles.secondConsecutiveYellowCard(history, 2025)).isTrue();
        assertThat(Titles.secondConsecutiveYellowCard(history, 2026)).as("not consecutive").isFalse();
        assertThat(Titles.secondConsecutiveYellowCard(List.of(new Review(2024, Outcome.RETAINED)), 2025)).isFalse();
        assertThat(Titles.secondConsecutiveYellowCard(List.of(), 2025)).isFalse();
    }

    @Test
    void oneReviewPerYear() {
        assertThatThrownBy(() -> Titles.requireNotReviewed(List.of(new Review(2025, Outcome.RETAINED)), 2025))
                .isInstanceOf(ConflictException.class);
        Titles.requireNotReviewed(List.of(new Review(2024, Outcome.RETAINED)), 2025);
    }

    @Test
    void aRevokedUnitCanOnlyApplyInALaterRound() {
        List<Held> revoked2025 = List.of(new Held(Status.REVOKED, 2025));
        assertThatThrownBy(() -> Titles.requireMayApply(revoked2025, 2025)).hasMessageContaining("2025");
        Titles.requireMayApply(revoked2025, 2026);
        assertThatThrownBy(() -> Titles.requireMayApply(List.of(new Held(Status.ACTIVE, null)), 2026))
                .hasMessageContaining("already holds");
        assertThatThrownBy(() -> Titles.requireMayApply(List.of(new Held(Status.REVOCATION_PROPOSED, null)), 2026))
                .isInstanceOf(ConflictException.class);
        Titles.requireMayApply(List.of(), 2026);
    }

    @Test
    void quotaAndExtraQuota() {
        Titles.requireWithinQuota(2, 3, null);
        assertThatThrownBy(() -> Titles.requireWithinQuota(3, 3, null)).hasMessageContaining("(3)");
        Titles.requireWithinQuota(3, 3, 1);
        assertThatThrownBy(() -> Titles.requireWithinQuota(4, 3, 1)).isInstanceOf(ConflictException.class);
        Titles.requireWithinQuota(100, null, null);
    }
}
