package org.jindu.portal.control.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.jindu.portal.api.ValidationException;
import org.junit.jupiter.api.Test;

/** CT-3: tier → visit and test frequency → due dates and overdue days. */
class ScheduleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final Frequencies f = Frequencies.defaults();

    @Test
    void theTierSetsTheFrequency() {
        assertThat(f.of(Tier.A)).isEqualTo(new Frequencies.Frequency(7, 30));
        assertThat(f.of(Tier.C2)).isEqualTo(new Frequencies.Frequency(90, 180));
        Frequencies custom = Frequencies.parse("A:3:10, B:7:30, C1:14:60, C2:30:90");
        assertThat(custom.of(Tier.A).visitDays()).isEqualTo(3);
    }

    @Test
    void aBadTableNamesTheProblem() {
        assertThatThrownBy(() -> Frequencies.parse("A:7:30,B:14:60,C1:30:90")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().toString()).contains("tier C2"));
        assertThatThrownBy(() -> Frequencies.parse("A:7:x,B:14:60,C1:30:90,C2:90:180")).satisfies(e -> assertThat(((ValidationException) e).errors().toString()).contains("wrong entry: A:7:x"));
        assertThatThrownBy(() -> Frequencies.parse("A:0:30,B:14:60,C1:30:90,C2:90:180")).satisfies(e -> assertThat(((ValidationException) e).errors().toString()).contains("A:0:30"));
    }

    @Test
    void theNextVisitCountsFromTheLastOne() {
        Schedule.Due due = Schedule.nextVisit(Status.COMMUNITY_DETOX, Tier.B, LocalDate.of(2026, 11, 20), LocalDate.of(2025, 1, 1), f, TODAY);
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(due.overdue()).isFalse();
    }

    @Test
    void withoutAVisitItCountsFromTheStartAndIsOverdue() {
        Schedule.Due due = Schedule.nextVisit(Status.COMMUNITY_REHAB, Tier.A, null, LocalDate.of(2026, 11, 1), f, TODAY);
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(due.overdueDays()).isEqualTo(20);
    }

    @Test
    void aRaisedTierShortensTheIntervalFromTheDayItWasSet() {
        LocalDate lastTest = LocalDate.of(2026, 9, 1);
        assertThat(Schedule.nextTest(Status.RELEASED, Tier.C1, lastTest, null, f, TODAY).overdue()).isFalse();
        // raised to A on 11-10: the reference moves to that day, a test is due within 30 days of it
        Schedule.Due due = Schedule.nextTest(Status.RELEASED, Tier.A, lastTest, LocalDate.of(2026, 11, 10), f, TODAY);
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 12, 10));
        Schedule.Due visit = Schedule.nextVisit(Status.RELEASED, Tier.A, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10), f, TODAY);
        assertThat(visit.date()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(visit.overdueDays()).isEqualTo(11);
    }

    @Test
    void nothingIsDueOutsideTheCommunity() {
        for (Status s : new Status[] {Status.COMPULSORY_DETOX, Status.IN_CUSTODY, Status.LOST_CONTACT, Status.ABSTINENT, Status.DECEASED}) {
            assertThat(Schedule.nextVisit(s, Tier.A, null, LocalDate.of(2020, 1, 1), f, TODAY)).as(s.name()).isNull();
            assertThat(Schedule.nextTest(s, Tier.A, null, LocalDate.of(2020, 1, 1), f, TODAY)).as(s.name()).isNull();
        }
    }
}
