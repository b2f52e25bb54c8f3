package org.jindu.portal.control.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.control.internal.domain.IdNumber;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.model.PersonDraft;
import org.jindu.portal.control.internal.model.PersonFilter;
import org.jindu.portal.control.internal.model.PersonInfo;
import org.jindu.portal.control.internal.model.PersonUpdate;
import org.jindu.portal.control.internal.persistence.PersonEntity;
import org.jindu.portal.support.ModuleSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The person list kept in memory per scope and filter (issue 9, throughput): answered from memory while the module's
 * data version is unchanged, recomputed after any committed change (made by this node or, through the version in the
 * database, by another), never after a rolled-back one, and audited on every read.
 */
class PersonListCacheJpaTest {
    private Fixture f;
    private UserContext office;
    private UserContext village;

    @BeforeEach
    void setUp() throws Exception {
        f = new Fixture();
        office = f.user("office");
        village = f.user("village");
        for (int i = 1; i <= 4; i++) {
            String v = i % 2 == 0 ? "HG-GW-DC" : "HG-GW-XC";
            f.persons.create(office, new PersonDraft("缓存" + i, IdNumber.withCheckDigit(String.format(Locale.ROOT, "9901011985031%04d", i)),
                    null, v, null, v, null, null, null, null, "冰毒", LocalDate.of(2025, 6, 1), Status.COMMUNITY_DETOX,
                    LocalDate.of(2025, 6, 1), "港公(禁)社戒决字〔2025〕" + i + "号", Tier.C1, null, null));
        }
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private List<String> names(UserContext user, PersonFilter filter) {
        return f.persons.list(user, filter).stream().map(PersonInfo::name).toList();
    }

    @Test
    void aKeptListIsAnsweredFromMemoryUntilTheModulesDataVersionMoves() throws Exception {
        assertThat(names(office, PersonFilter.all())).containsExactly("缓存1", "缓存2", "缓存3", "缓存4");
        // a write the portal does not know of (as if its version had not moved): the kept list still answers
        sql("UPDATE CTL_PERSON SET NAME = '改名' WHERE NAME = '缓存1'");
        assertThat(names(office, PersonFilter.all())).first().isEqualTo("缓存1");
        // another node's change moves the version in the database: recomputed
        f.support.run(em -> f.support.changed());
        assertThat(names(office, PersonFilter.all())).contains("改名").doesNotContain("缓存1");
    }

    @Test
    void aChangeThroughTheServicesShowsInTheNextList() {
        PersonInfo first = f.persons.list(office, PersonFilter.all()).get(0);
        assertThat(names(village, PersonFilter.all())).containsExactly("缓存2", "缓存4");
        f.persons.update(office, first.id(), new PersonUpdate("13800138000", null, null, null, null, null, null, "备注"));
        assertThat(f.persons.list(office, PersonFilter.all()).get(0).phone()).isEqualTo("138****8000");
        // scope and filter are part of the key: each answer is its own
        assertThat(names(village, PersonFilter.all())).containsExactly("缓存2", "缓存4");
        assertThat(names(office, new PersonFilter(null, null, null, null, "缓存3"))).containsExactly("缓存3");
        assertThat(names(office, new PersonFilter(null, null, "HG-GW-DC", null, null))).containsExactly("缓存2", "缓存4");
    }

    @Test
    void aRolledBackChangeLeavesTheVersionAndTheKeptListAlone() throws Exception {
        names(office, PersonFilter.all());
        long before = f.versions.stamp(List.of("control"));
        assertThatThrownBy(() -> f.support.run(em -> {
            em.find(PersonEntity.class, firstId(em)).setNote("回滚");
            em.flush();
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(f.versions.stamp(List.of("control"))).isEqualTo(before);
        // a read-only transaction does not move it either
        f.support.run(em -> em.find(PersonEntity.class, firstId(em)));
        assertThat(f.versions.stamp(List.of("control"))).isEqualTo(before);
        // a committed one does
        f.support.run(em -> em.find(PersonEntity.class, firstId(em)).setNote("提交"));
        assertThat(f.versions.stamp(List.of("control"))).isGreaterThan(before);
    }

    @Test
    void everyReadIsAuditedEvenWhenAnsweredFromMemory() {
        f.audit.clear();
        for (int i = 0; i < 3; i++) {
            f.persons.list(office, PersonFilter.all());
        }
        assertThat(f.audit).hasSize(3).allSatisfy(e -> assertThat(e).contains("READ_PERSONAL").contains("list of 4 files"));
    }

    @Test
    void theKeptAnswersAreBoundedInNumberAndInListItems() {
        AtomicInteger loads = new AtomicInteger();
        for (int i = 0; i <= ModuleSupport.CACHE_ENTRIES; i++) {
            int n = i;
            f.support.cached("k" + n, () -> loads.incrementAndGet() > 0 ? n : -1);
        }
        assertThat(loads).hasValue(ModuleSupport.CACHE_ENTRIES + 1);
        // the least recently used went first
        f.support.cached("k" + ModuleSupport.CACHE_ENTRIES, loads::incrementAndGet);
        assertThat(loads).hasValue(ModuleSupport.CACHE_ENTRIES + 1);
        f.support.cached("k0", loads::incrementAndGet);
        assertThat(loads).hasValue(ModuleSupport.CACHE_ENTRIES + 2);
        // two lists heavier together than the bound: the older one goes
        List<Integer> big = java.util.Collections.nCopies(ModuleSupport.CACHE_WEIGHT / 2 + 1, 1);
        f.support.cached("big1", () -> {
            loads.incrementAndGet();
            return big;
        });
        f.support.cached("big2", () -> big);
        int before = loads.get();
        f.support.cached("big1", () -> {
            loads.incrementAndGet();
            return big;
        });
        assertThat(loads).hasValue(before + 1);
        // a config change forgets everything
        f.support.forgetCached();
        f.support.cached("k" + ModuleSupport.CACHE_ENTRIES, loads::incrementAndGet);
        assertThat(loads).hasValue(before + 2);
    }

    private static long firstId(javax.persistence.EntityManager em) {
        return em.createQuery("select min(p.id) from PersonEntity p", Long.class).getSingleResult();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = f.dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }
}
