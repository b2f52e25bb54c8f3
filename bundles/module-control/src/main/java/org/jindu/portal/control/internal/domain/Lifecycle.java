package org.jindu.portal.control.internal.domain;

import static org.jindu.portal.control.internal.domain.Status.ABSTINENT;
import static org.jindu.portal.control.internal.domain.Status.COMMUNITY_DETOX;
import static org.jindu.portal.control.internal.domain.Status.COMMUNITY_REHAB;
import static org.jindu.portal.control.internal.domain.Status.COMPULSORY_DETOX;
import static org.jindu.portal.control.internal.domain.Status.DECEASED;
import static org.jindu.portal.control.internal.domain.Status.IN_CUSTODY;
import static org.jindu.portal.control.internal.domain.Status.LOST_CONTACT;
import static org.jindu.portal.control.internal.domain.Status.RELEASED;
import static org.jindu.portal.control.internal.domain.Status.VOLUNTARY_DETOX;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;

/**
 * The status lifecycle (CT-2). Each transition is dated and names its legal basis (a decision number, a notice);
 * transitions that make no sense are refused with the current status and what is possible from it:
 * <ul>
 * <li>community detox ends by its 3-year term (released), by a serious violation (compulsory detox), custody or lost contact;</li>
 * <li>compulsory detox ends in community rehabilitation, release or custody;</li>
 * <li>a released person counts as abstinent only 3 years after the release without relapse;</li>
 * <li>lost contact ends when the person is found, in whichever measure applies then;</li>
 * <li>death ends everything; nothing follows it.</li>
 * </ul>
 */
public final class Lifecycle {
    private static final Map<Status, Set<Status>> NEXT = new EnumMap<>(Status.class);

    static {
        on(COMMUNITY_DETOX, COMPULSORY_DETOX, IN_CUSTODY, LOST_CONTACT, RELEASED);
        on(COMMUNITY_REHAB, COMPULSORY_DETOX, IN_CUSTODY, LOST_CONTACT, RELEASED);
        on(COMPULSORY_DETOX, COMMUNITY_REHAB, RELEASED, IN_CUSTODY);
        on(VOLUNTARY_DETOX, COMMUNITY_DETOX, COMPULSORY_DETOX, IN_CUSTODY, LOST_CONTACT, RELEASED);
        on(IN_CUSTODY, COMMUNITY_DETOX, COMMUNITY_REHAB, COMPULSORY_DETOX, RELEASED);
        on(RELEASED, COMMUNITY_DETOX, COMPULSORY_DETOX, VOLUNTARY_DETOX, IN_CUSTODY, LOST_CONTACT, ABSTINENT);
        on(LOST_CONTACT, COMMUNITY_DETOX, COMMUNITY_REHAB, COMPULSORY_DETOX, VOLUNTARY_DETOX, IN_CUSTODY, RELEASED);
        on(ABSTINENT, COMMUNITY_DETOX, COMPULSORY_DETOX, VOLUNTARY_DETOX, IN_CUSTODY);
        for (Status s : Status.values()) {
            if (s != DECEASED) {
                NEXT.get(s).add(DECEASED);
            }
        }
        NEXT.put(DECEASED, EnumSet.noneOf(Status.class));
    }

    private Lifecycle() {
    }

    private static void on(Status from, Status... to) {
        NEXT.put(from, EnumSet.of(to[0], to));
    }

    /** The statuses a person may move to from {@code from}. */
    public static Set<Status> next(Status from) {
        return NEXT.get(from);
    }

    /** Statuses a person can be registered in (everything but death). */
    public static Set<Status> initial() {
        return EnumSet.complementOf(EnumSet.of(DECEASED));
    }

    /**
     * Checks a transition.
     *
     * @param since the day the current status began
     * @param date  the day of the transition (the decision's date)
     * @throws ConflictException   when the move makes no sense from the current status or not yet
     * @throws ValidationException when the date or the legal basis is missing or impossible
     */
    public static void check(Status from, LocalDate since, Status to, LocalDate date, String legalBasis, LocalDate today) {
        if (to == null) {
            throw ValidationException.of("status", Text.of("请选择新的管控状态", "the new status is required"));
        }
        if (date == null) {
            throw ValidationException.of("date", Text.of("请填写变更日期", "the date of the change is required"));
        }
        if (date.isAfter(today)) {
            throw ValidationException.of("date", Text.of("变更日期不能晚于今天", "the date cannot be in the future"));
        }
        if (since != null && date.isBefore(since)) {
            throw ValidationException.of("date", Text.of("变更日期不能早于当前状态的开始日期 " + since,
                    "the date cannot be before the current status began (" + since + ")"));
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw ValidationException.of("legalBasis", Text.of("请填写依据 (决定书文号或通知)", "the legal basis (decision number or notice) is required"));
        }
        if (from == to) {
            throw new ConflictException(Text.of("人员已处于「" + from.label().zh() + "」状态",
                    "The person is already in " + from.label().en().toLowerCase()));
        }
        if (!NEXT.get(from).contains(to)) {
            throw new ConflictException(Text.of(
                    "当前为「" + from.label().zh() + "」，不能变更为「" + to.label().zh() + "」"
                            + (from == DECEASED ? "；人员已死亡，档案已终结" : "；可以变更为：" + list(from, true)),
                    "The person is in " + from.label().en().toLowerCase() + ": cannot change to " + to.label().en().toLowerCase()
                            + (from == DECEASED ? "; the file is closed" : "; possible: " + list(from, false))));
        }
        if (from == COMMUNITY_DETOX && to == RELEASED && since != null && date.isBefore(dueDate(from, since))) {
            throw new ConflictException(Text.of("社区戒毒期限至 " + dueDate(from, since) + " 届满，届满前不能解除",
                    "Community detox runs until " + dueDate(from, since) + " and cannot be ended before"));
        }
        if (to == ABSTINENT && since != null && date.isBefore(since.plusYears(3))) {
            throw new ConflictException(Text.of("解除后满三年未复吸 (" + since.plusYears(3) + " 起) 方可认定戒断三年",
                    "Three years without relapse after release are needed (from " + since.plusYears(3) + ")"));
        }
    }

    /** The end of the status's term, or {@code null} when it has none. */
    public static LocalDate dueDate(Status status, LocalDate since) {
        return status.term() == null || since == null ? null : since.plus(status.term());
    }

    private static String list(Status from, boolean zh) {
        return NEXT.get(from).stream().map(s -> zh ? s.label().zh() : s.label().en().toLowerCase())
                .collect(Collectors.joining(zh ? "、" : ", "));
    }
}
