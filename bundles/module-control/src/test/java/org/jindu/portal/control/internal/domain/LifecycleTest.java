package org.jindu.portal.control.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jindu.portal.control.internal.domain.Status.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CT-2: every pair of statuses is either an allowed transition or refused with a clear message; terms and due dates. */
class LifecycleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    /** Long enough ago for every term rule to be satisfied. */
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    private static final Map<Status, Set<Status>> ALLOWED = Map.of(
            COMMUNITY_DETOX, EnumSet.of(COMPULSORY_DETOX, IN_CUSTODY, LOST_CONTACT, RELEASED, DECEASED),
            COMMUNITY_REHAB, EnumSet.of(COMPULSORY_DETOX, IN_CUSTODY, LOST_CONTACT, RELEASED, DECEASED),
            COMPULSORY_DETOX, EnumSet.of(COMMUNITY_REHAB, RELEASED, IN_CUSTODY, DECEASED),
            VOLUNTARY_DETOX, EnumSet.of(COMMUNITY_DETOX, COMPULSORY_DETOX, IN_CUSTODY, LOST_CONTACT, RELEASED, DECEASED),
            IN_CUSTODY, EnumSet.of(COMMUNITY_DETOX, COMMUNITY_REHAB, COMPULSORY_DETOX, RELEASED, DECEASED),
            RELEASED, EnumSet.of(COMMUNITY_DETOX, COMPULSORY_DETOX, VOLUNTARY_DETOX, IN_CUSTODY, LOST_CONTACT, ABSTINENT, DECEASED),
            LOST_CONTACT, EnumSet.of(COMMUNITY_DETOX, COMMUNITY_REHAB, COMPULSORY_DETOX, VOLUNTARY_DETOX, IN_CUSTODY, RELEASED, DECEASED),
            ABSTINENT, EnumSet.of(COMMUNITY_DETOX, COMPULSORY_DETOX, VOLUNTARY_DETOX, IN_CUSTODY, DECEASED),
            DECEASED, EnumSet.noneOf(Status.class));

    static Stream<Arguments> allPairs() {
        List<Arguments> out = new ArrayList<>();
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                out.add(Arguments.of(from, to));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void everyTransitionIsAllowedOrRefusedWithAClearMessage(Status from, Status to) {
        if (ALLOWED.get(from).contains(to)) {
            assertThatCode(() -> Lifecycle.check(from, LONG_AGO, to, TODAY, "决定书 2026-001", TODAY)).doesNotThrowAnyException();
            assertThat(Lifecycle.next(from)).contains(to);
        } else {
            assertThatThrownBy(() -> Lifecycle.check(from, LONG_AGO, to, TODAY, "决定书 2026-001", TODAY))
                    .isInstanceOf(ConflictException.class)
                    .satisfies(e -> {
                        String zh = ((ConflictException) e).text().zh();
                        assertThat(zh).contains(from.label().zh());
                        if (from != to) {
                            assertThat(zh).contains("不能变更为「" + to.label().zh() + "」");
                        }
                    });
            assertThat(Lifecycle.next(from)).doesNotContain(to);
        }
    }

    @Test
    void theRefusalListsWhatIsPossible() {
        assertThatThrownBy(() -> Lifecycle.check(COMPULSORY_DETOX, LONG_AGO, LOST_CONTACT, TODAY, "x", TODAY))
                .hasMessageContaining("possible: community rehabilitation");
        assertThatThrownBy(() -> Lifecycle.check(DECEASED, LONG_AGO, RELEASED, TODAY, "x", TODAY))
                .satisfies(e -> assertThat(((ConflictException) e).text().zh()).contains("档案已终结"));
    }

    @Test
    void anyStatusButDeathCanStartAFile() {
        assertThat(Lifecycle.initial()).doesNotContain(DECEASED).hasSize(Status.values().length - 1);
    }

    @Test
    void communityDetoxCannotEndBeforeItsThreeYears() {
        LocalDate since = LocalDate.of(2024, 3, 1);
        assertThat(Lifecycle.dueDate(COMMUNITY_DETOX, since)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThatThrownBy(() -> Lifecycle.check(COMMUNITY_DETOX, since, RELEASED, TODAY, "期满", TODAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("2027-03-01");
        assertThatCode(() -> Lifecycle.check(COMMUNITY_DETOX, LocalDate.of(2023, 11, 28), RELEASED, TODAY, "期满", TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void abstinenceNeedsThreeYearsAfterRelease() {
        assertThatThrownBy(() -> Lifecycle.check(RELEASED, LocalDate.of(2024, 1, 10), ABSTINENT, TODAY, "评估", TODAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("2027-01-10");
        assertThatCode(() -> Lifecycle.check(RELEASED, LocalDate.of(2023, 11, 28), ABSTINENT, TODAY, "评估", TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void termsGiveDueDates() {
        LocalDate since = LocalDate.of(2025, 5, 20);
        assertThat(Lifecycle.dueDate(COMMUNITY_DETOX, since)).isEqualTo(LocalDate.of(2028, 5, 20));
        assertThat(Lifecycle.dueDate(COMMUNITY_REHAB, since)).isEqualTo(LocalDate.of(2028, 5, 20));
        assertThat(Lifecycle.dueDate(COMPULSORY_DETOX, since)).isEqualTo(LocalDate.of(2027, 5, 20));
        assertThat(Lifecycle.dueDate(RELEASED, since)).isNull();
        assertThat(Lifecycle.dueDate(COMMUNITY_DETOX, LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void dateAndBasisAreChecked() {
        assertThatThrownBy(() -> Lifecycle.check(RELEASED, LONG_AGO, COMMUNITY_DETOX, TODAY.plusDays(1), "x", TODAY))
                .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e).errors().toString()).contains("date: the date cannot be in the future"));
        assertThatThrownBy(() -> Lifecycle.check(RELEASED, TODAY, COMMUNITY_DETOX, TODAY.minusDays(1), "x", TODAY))
                .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e).errors().toString()).contains("before the current status began"));
        assertThatThrownBy(() -> Lifecycle.check(RELEASED, LONG_AGO, COMMUNITY_DETOX, TODAY, " ", TODAY))
                .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e).errors().toString()).contains("legalBasis"));
        assertThatThrownBy(() -> Lifecycle.check(RELEASED, LONG_AGO, null, TODAY, "x", TODAY))
                .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e).errors().toString()).contains("status"));
        assertThatThrownBy(() -> Lifecycle.check(RELEASED, LONG_AGO, COMMUNITY_DETOX, null, "x", TODAY))
                .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e).errors().toString()).contains("date"));
    }
}
