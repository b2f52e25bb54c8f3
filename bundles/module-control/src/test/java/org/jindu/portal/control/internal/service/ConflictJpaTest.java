package org.jindu.portal.control.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.Executors;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.control.internal.domain.IdNumber;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.model.PersonDraft;
import org.jindu.portal.control.internal.model.PersonInfo;
import org.jindu.portal.control.internal.model.PersonUpdate;
import org.jindu.portal.control.internal.persistence.PersonEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits that meet another one (issue 10): a conflict the user can act on, never an internal error. */
class ConflictJpaTest {
    private Fixture f;
    private UserContext office;
    private PersonInfo file;

    @BeforeEach
    void setUp() throws Exception {
        f = new Fixture();
        office = f.user("office");
        file = f.persons.create(office, new PersonDraft("冲突", IdNumber.withCheckDigit("99010119850312001"), null, "HG-GW-DC", null,
                "HG-GW-DC", null, null, null, null, "冰毒", LocalDate.of(2025, 6, 1), Status.COMMUNITY_DETOX, LocalDate.of(2025, 6, 1),
                "港公(禁)社戒决字〔2025〕1号", Tier.C1, null, null));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aTextLongerThanItsColumnIsAnInputErrorNamingTheFieldNotADatabaseError() {
        // the service checks the note's length itself, not the worker's name (VARCHAR(50))
        assertThatThrownBy(() -> f.persons.update(office, file.id(), new PersonUpdate(null, null, null, null, null, "社".repeat(51), null, null)))
                .isInstanceOfSatisfying(org.jindu.portal.api.ValidationException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(fe -> {
                        assertThat(fe.field()).isEqualTo("workerName");
                        assertThat(fe.message().zh()).contains("50");
                    });
                });
        assertThat(f.persons.get(office, file.id()).workerName()).isNull();
        assertThat(f.persons.update(office, file.id(), new PersonUpdate(null, null, null, null, null, "社".repeat(50), null, null))
                .workerName()).hasSize(50);
    }

    private static PersonUpdate note(String note, Integer version) {
        return new PersonUpdate(null, null, null, null, null, null, null, note, version);
    }

    @Test
    void anEditMadeOnAnOlderVersionIsRefused() {
        PersonInfo first = f.persons.update(office, file.id(), note("第一次", file.version()));
        assertThat(first.version()).isGreaterThan(file.version());
        assertThatThrownBy(() -> f.persons.update(office, file.id(), note("第二次", file.version())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.text().zh()).contains("刷新"));
        assertThat(f.persons.get(office, file.id()).note()).isEqualTo("第一次");
        assertThat(f.persons.update(office, file.id(), note("第二次", first.version())).note()).isEqualTo("第二次");
    }

    @Test
    void aCommitThatLostTheRaceIsAConflict() {
        assertThatThrownBy(() -> f.support.run(em -> {
            PersonEntity mine = em.find(PersonEntity.class, file.id());
            try {
                // someone else saves the file meanwhile
                Executors.newSingleThreadExecutor().submit(() -> f.persons.update(office, file.id(), note("他人", null))).get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            mine.setNote("我的");
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.text().zh()).contains("刷新"));
        assertThat(f.persons.get(office, file.id()).note()).isEqualTo("他人");
    }
}
