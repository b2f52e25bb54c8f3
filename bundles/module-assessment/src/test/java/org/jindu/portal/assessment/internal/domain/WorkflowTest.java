package org.jindu.portal.assessment.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jindu.portal.assessment.internal.domain.ApplicationState.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CA-2 to CA-7, CA-10: every transition, allowed and refused with a clear message. */
class WorkflowTest {
    static final Map<ApplicationState, Map<Action, ApplicationState>> ALLOWED = Map.of(
            DRAFT, Map.of(Action.SUBMIT, SUBMITTED, Action.WITHDRAW, WITHDRAWN),
            SUBMITTED, Map.of(Action.ACCEPT, ACCEPTED, Action.REJECT, REJECTED, Action.WITHDRAW, WITHDRAWN, Action.DISQUALIFY, DISQUALIFIED),
            ACCEPTED, Map.of(Action.OPEN_ASSESSMENT, UNDER_ASSESSMENT, Action.DISQUALIFY, DISQUALIFIED),
            UNDER_ASSESSMENT, Map.of(Action.CONCLUDE, ASSESSED, Action.DISQUALIFY, DISQUALIFIED),
            ASSESSED, Map.of(Action.SUPERVISE, SUPERVISED, Action.DISQUALIFY, DISQUALIFIED),
            SUPERVISED, Map.of(Action.DESIGNATE, DESIGNATED, Action.DECLINE, NOT_DESIGNATED, Action.DISQUALIFY, DISQUALIFIED));

    @ParameterizedTest
    @EnumSource(ApplicationState.class)
    void everyStateAllowsExactlyItsActions(ApplicationState state) {
        Map<Action, ApplicationState> allowed = ALLOWED.getOrDefault(state, Map.of());
        assertThat(Workflow.actions(state)).containsExactlyInAnyOrderElementsOf(allowed.keySet());
        for (Action action : Action.values()) {
            if (allowed.containsKey(action)) {
                assertThat(Workflow.next(state, action)).isEqualTo(allowed.get(action));
            } else {
                assertThatThrownBy(() -> Workflow.next(state, action))
                        .isInstanceOf(ConflictException.class)
                        .satisfies(e -> assertThat(((ConflictException) e).text().zh())
                                .contains(state.label().zh()).contains(action.label().zh()));
            }
        }
    }

    @Test
    void finalStatesAllowNothing() {
        for (ApplicationState s : EnumSet.of(REJECTED, DESIGNATED, NOT_DESIGNATED, DISQUALIFIED, WITHDRAWN)) {
            assertThat(s.isFinal()).isTrue();
            assertThat(Workflow.actions(s)).isEmpty();
            assertThatThrownBy(() -> Workflow.next(s, Action.SUBMIT)).hasMessageContaining("closed");
        }
    }

    @Test
    void theRefusalTellsWhatIsPossible() {
        assertThatThrownBy(() -> Workflow.next(SUBMITTED, Action.DESIGNATE))
                .satisfies(e -> assertThat(((ConflictException) e).text().zh())
                        .isEqualTo("申报当前为「已申报」，不能确定示范；可以：" + String.join("、",
                                Workflow.actions(SUBMITTED).stream().map(a -> a.label().zh()).toList())));
    }

    @Test
    void rejectionDeclineAndDisqualificationNeedAReason() {
        for (Action a : Set.of(Action.REJECT, Action.DECLINE, Action.DISQUALIFY)) {
            assertThatThrownBy(() -> Workflow.requireReason(a, " ")).isInstanceOf(ValidationException.class);
            Workflow.requireReason(a, "材料不实");
        }
        Workflow.requireReason(Action.ACCEPT, null);
    }

    @Test
    void theAssessmentWaitsForTheEndOfTheCycle() {
        LocalDate accepted = LocalDate.of(2026, 2, 1);
        LocalDate end = Workflow.cycleEnd(accepted, Level.VILLAGE.defaultCycleMonths());
        assertThat(end).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(Workflow.cycleEnd(accepted, Level.TOWN.defaultCycleMonths())).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThatThrownBy(() -> Workflow.requireCycleOver(end, LocalDate.of(2026, 7, 31))).hasMessageContaining("2026-08-01");
        Workflow.requireCycleOver(end, end);
    }
}
