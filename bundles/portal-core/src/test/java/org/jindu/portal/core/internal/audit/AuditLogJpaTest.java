package org.jindu.portal.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditPage;
import org.jindu.portal.api.audit.AuditQuery;
import org.jindu.portal.api.audit.ChainVerification;
import org.jindu.portal.core.internal.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PF-4 with OpenJPA on a real Derby: entries chain, and tampering in the database is reported at the exact entry. */
class AuditLogJpaTest {
    static final UserContext OFFICE = new UserContext(7, "office", "王", Set.of(Role.OFFICE_STAFF), Set.of(2L), Set.of("OFFICE"), null);
    static final UserContext ADMIN = new UserContext(1, "admin", "admin", Set.of(Role.SYSTEM_ADMIN), Set.of(1L), Set.of(), null);

    TestDb db;
    AuditLogImpl audit;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDb();
        audit = new AuditLogImpl(db.emf, null, allowAll());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static AccessPolicy allowAll() {
        return new AccessPolicy() {
            public boolean isPermitted(UserContext u, String p) { return true; }
            public boolean isPermitted(UserContext u, String p, long n) { return true; }
            public void check(UserContext u, String p) { }
            public void check(UserContext u, String p, long n) { }
            public Set<Long> visibleNodes(UserContext u, String p) { return Set.of(); }
            public Set<String> grantedPermissions(UserContext u) { return Set.of(); }
            public boolean isModuleUsable(UserContext u, String m) { return true; }
        };
    }

    void write(int n) {
        for (int i = 1; i <= n; i++) {
            audit.record(OFFICE, "assessment", "UPDATE", "application", String.valueOf(i), 4L, "changed field " + i);
        }
    }

    @Test
    void entriesAreChainedAndSearchable() {
        write(5);
        audit.recordAnonymous("mallory", "portal", "LOGIN_FAILED", "wrong password");
        ChainVerification v = audit.verify(ADMIN);
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(6);
        AuditPage page = audit.search(ADMIN, new AuditQuery("office", null, null, null, null, null, null, null, 0, 2));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.entries()).extracting(e -> e.seq()).containsExactly(5L, 4L);
        assertThat(audit.search(ADMIN, new AuditQuery(null, "LOGIN_FAILED", null, null, null, null, null, null, 0, 10))
                .entries()).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("mallory"));
    }

    @Test
    void verifyingWhileEntriesAreAppendedNeverReportsThemAsDeleted() throws Exception {
        write(3);
        Thread writer = new Thread(() -> write(300));
        writer.start();
        while (writer.isAlive()) {
            ChainVerification v = audit.verify(ADMIN);
            assertThat(v.intact()).as(v.reason()).isTrue();
        }
        writer.join();
        assertThat(audit.verify(ADMIN).checked()).isEqualTo(303);
    }

    @Test
    void alteringAnEntryInTheDatabaseIsReportedAtThatEntry() throws Exception {
        write(10);
        sql("UPDATE CORE_AUDIT SET DETAIL = 'nothing happened' WHERE SEQ = 7");
        ChainVerification v = audit.verify(ADMIN);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(7);
        assertThat(v.checked()).isEqualTo(6);
        assertThat(v.reason()).contains("entry 7 was altered");
    }

    @Test
    void deletingAnEntryIsReportedAtTheGap() throws Exception {
        write(10);
        sql("DELETE FROM CORE_AUDIT WHERE SEQ = 4");
        ChainVerification v = audit.verify(ADMIN);
        assertThat(v.firstBrokenSeq()).isEqualTo(4);
        assertThat(v.reason()).contains("entry 4 is missing");
    }

    @Test
    void rewritingAnEntryWithAFreshHashBreaksTheNextLink() throws Exception {
        write(5);
        // an attacker who recomputes entry 3's own hash still breaks entry 4's link
        sql("UPDATE CORE_AUDIT SET HASH = '" + "f".repeat(64) + "' WHERE SEQ = 3");
        ChainVerification v = audit.verify(ADMIN);
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void truncatingTheEndIsReported() throws Exception {
        write(5);
        sql("DELETE FROM CORE_AUDIT WHERE SEQ >= 4");
        ChainVerification v = audit.verify(ADMIN);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(4);
        assertThat(v.reason()).contains("deleted from the end");
    }

    @Test
    void aRestartContinuesTheChain() {
        write(3);
        AuditLogImpl restarted = new AuditLogImpl(db.emf, null, allowAll());
        restarted.record(OFFICE, "portal", "UPDATE", "user", "1", null, "after restart");
        assertThat(restarted.verify(ADMIN).intact()).isTrue();
        assertThat(restarted.verify(ADMIN).checked()).isEqualTo(4);
    }

    void sql(String sql) throws Exception {
        try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
