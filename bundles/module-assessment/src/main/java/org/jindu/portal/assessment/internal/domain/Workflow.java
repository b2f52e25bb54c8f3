package org.jindu.portal.assessment.internal.domain;

import static org.jindu.portal.assessment.internal.domain.ApplicationState.ACCEPTED;
import static org.jindu.portal.assessment.internal.domain.ApplicationState.ASSESSED;
import static org.jindu.portal.assessment.internal.domain.ApplicationState.DESIGNATED;
import static org.jindu.portal.assessment.internal.domain.ApplicationState.DISQUALIFIED;
import static org.jindu.portal.assessment.internal.domain.ApplicationState.DRAFT;
import static org.jindu.portal.assessment.internal.domain.ApplicationState.NOT_DESIGNATED;
import static org.jindu.portal.assessment.internal.domain.ApplicationState.REJECTED;
import static org.jindu.portal.assessment.internal.domain.ApplicationState.SUBMITTED;
import static org.jindu.portal.assessment.internal.domain.ApplicationState.SUPERVISED;
import static org.jindu.portal.assessment.internal.domain.ApplicationState.UNDER_ASSESSMENT;
import static org.jindu.portal.assessment.internal.domain.ApplicationState.WITHDRAWN;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;

/**
 * The application's state machine: 申报 → 审核 → 实施推进 → 考评验收 → 质量督导 → 确定示范, plus withdrawal by the
 * village before acceptance and disqualification for fraud (CA-10) at any step before the decision. Every refusal
 * says, in the user's terms, what the application's state is and what is possible from there.
 */
public final class Workflow {
    private static final Map<ApplicationState, Map<Action, ApplicationState>> NEXT = new EnumMap<>(ApplicationState.class);

    static {
        on(DRAFT, Action.SUBMIT, SUBMITTED);
        on(DRAFT, Action.WITHDRAW, WITHDRAWN);
        on(SUBMITTED, Action.ACCEPT, ACCEPTED);
        on(SUBMITTED, Action.REJECT, REJECTED);
        on(SUBMITTED, Action.WITHDRAW, WITHDRAWN);
        on(ACCEPTED, Action.OPEN_ASSESSMENT, UNDER_ASSESSMENT);
        on(UNDER_ASSESSMENT, Action.CONCLUDE, ASSESSED);
        on(ASSESSED, Action.SUPERVISE, SUPERVISED);
        on(SUPERVISED, Action.DESIGNATE, DESIGNATED);
        on(SUPERVISED, Action.DECLINE, NOT_DESIGNATED);
        for (ApplicationState s : Set.of(SUBMITTED, ACCEPTED, UNDER_ASSESSMENT, ASSESSED, SUPERVISED)) {
            on(s, Action.DISQUALIFY, DISQUALIFIED);
        }
    }

    private Workflow() {
    }

    private static void on(ApplicationState from, Action action, ApplicationState to) {
        NEXT.computeIfAbsent(from, k -> new EnumMap<>(Action.class)).put(action, to);
    }

    /** The actions possible from a state (for buttons and the API's hints). */
    public static Set<Action> actions(ApplicationState state) {
        return NEXT.getOrDefault(state, Map.of()).keySet();
    }

    /**
     * The state after {@code action}, or a {@link ConflictException} that names the state and the allowed actions.
     */
    public static ApplicationState next(ApplicationState state, Action action) {
        ApplicationState to = NEXT.getOrDefault(state, Map.of()).get(action);
        if (to == null) {
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (Action a : actions(state)) {
                zh.append(zh.length() == 0 ? "" : "、").append(a.label().zh());
                en.append(en.length() == 0 ? "" : ", ").append(a.label().en());
            }
            throw new ConflictException(Text.of(
                    "申报当前为「" + state.label().zh() + "」，不能" + action.label().zh()
                            + (zh.length() == 0 ? "；该申报已结束" : "；可以：" + zh),
                    "The application is " + state.label().en().toLowerCase() + ": cannot " + action.label().en()
                            + (en.length() == 0 ? "; it is closed" : "; possible: " + en)));
        }
        return to;
    }

    /** A rejection, a decline or a disqualification needs a reason the village can read. */
    public static void requireReason(Action action, String reason) {
        if ((action == Action.REJECT || action == Action.DECLINE || action == Action.DISQUALIFY)
                && (reason == null || reason.isBlank())) {
            throw ValidationException.of("reason", Text.of(action.label().zh() + "须写明理由",
                    "a reason is required to " + action.label().en()));
        }
    }

    /** The assessment starts only when the creation cycle is over (village 6 months, town 12 months after acceptance). */
    public static void requireCycleOver(LocalDate cycleEnd, LocalDate today) {
        if (cycleEnd != null && today.isBefore(cycleEnd)) {
            throw new ConflictException(Text.of("创建周期到 " + cycleEnd + " 才结束，届时方可考评验收",
                    "The creation cycle runs until " + cycleEnd + "; the assessment can start then"));
        }
    }

    /** The end of the creation cycle for an application accepted on {@code accepted}. */
    public static LocalDate cycleEnd(LocalDate accepted, int cycleMonths) {
        return accepted.plusMonths(cycleMonths);
    }
}
