package org.jindu.portal.control.internal.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When the next visit and the next test are due (CT-3): the interval of the person's tier counted from the last one
 * done, or from the day the person came under community control (or the tier was last set, if later) when none was
 * done since. Only persons living in the community ({@link Status#inCommunity()}) have visits and tests due.
 */
public final class Schedule {
    /** A due date and how many days it is overdue (0 when not yet due). */
    public record Due(LocalDate date, long overdueDays) {
        public boolean overdue() {
            return overdueDays > 0;
        }
    }

    private Schedule() {
    }

    /**
     * @param last      the last visit (or test) done, or {@code null}
     * @param reference the day the duty started: under community control since, or the day the tier was last set
     * @param interval  days between two of them
     */
    public static Due due(LocalDate last, LocalDate reference, int interval, LocalDate today) {
        LocalDate from = last == null || (reference != null && reference.isAfter(last)) ? reference : last;
        LocalDate date = from.plusDays(interval);
        return new Due(date, Math.max(0, ChronoUnit.DAYS.between(date, today)));
    }

    /** The day the duty started: the later of the days the status and the tier were set. */
    public static LocalDate reference(LocalDate statusSince, LocalDate tierSince) {
        return tierSince != null && (statusSince == null || tierSince.isAfter(statusSince)) ? tierSince : statusSince;
    }

    /** The next visit of a person, or {@code null} when none is due in his status. */
    public static Due nextVisit(Status status, Tier tier, LocalDate lastVisit, LocalDate reference, Frequencies f, LocalDate today) {
        return status.inCommunity() ? due(lastVisit, reference, f.of(tier).visitDays(), today) : null;
    }

    /** The next test of a person, or {@code null} when none is due in his status. */
    public static Due nextTest(Status status, Tier tier, LocalDate lastTest, LocalDate reference, Frequencies f, LocalDate today) {
        return status.inCommunity() ? due(lastTest, reference, f.of(tier).testDays(), today) : null;
    }
}
