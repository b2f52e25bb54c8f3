package org.jindu.portal.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditEntry;
import org.jindu.portal.api.audit.AuditPage;
import org.jindu.portal.api.audit.AuditQuery;
import org.jindu.portal.api.audit.ChainVerification;
import org.jindu.portal.api.audit.ChainVerification.Problem;
import org.jindu.portal.core.internal.TestDb;
import org.jindu.portal.core.internal.domain.HashChain;
import org.jindu.portal.core.internal.persistence.SettingEntity;
import org.jindu.portal.support.Jpa;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PF-4 with OpenJPA on a real database: entries commit and roll back with what they describe, are sealed into a keyed
 * chain, and tampering in the database (also while the portal is stopped) is reported at the exact entry.
 */
class AuditLogJpaTest {
    static final UserContext OFFICE = new UserContext(7, "office", "王", Set.of(Role.OFFICE_STAFF), Set.of(2L), Set.of("OFFICE"), null);
    static final UserContext ADMIN = new UserContext(1, "admin", "admin", Set.of(Role.SYSTEM_ADMIN), Set.of(1L), Set.of(), null);

    @TempDir
    Path dataDir;
    TestDb db;
    AuditLogImpl audit;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDb();
        audit = restart();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** A new instance on the same database and checkpoint: what a restart of the portal sees. */
    AuditLogImpl restart() {
        return TestAudit.newLog(db, allowAll(), dataDir.resolve("checkpoint"));
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

    void write(AuditLogImpl log, int n) {
        for (int i = 1; i <= n; i++) {
            int k = i;
            Jpa.run(db.emf, em -> log.recordInTx(OFFICE, "assessment", "UPDATE", "application", String.valueOf(k), 4L, "changed field " + k));
        }
    }

    void write(int n) {
        write(audit, n);
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
        assertThat(page.entries()).extracting(AuditEntry::seq).containsExactly(5L, 4L);
        assertThat(audit.search(ADMIN, new AuditQuery(null, "LOGIN_FAILED", null, null, null, null, null, null, 0, 10))
                .entries()).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("mallory"));
    }

    @Test
    void aChangeAndItsEntryCommitTogether() {
        Jpa.run(db.emf, em -> {
            em.persist(setting("kept"));
            audit.recordInTx(OFFICE, "portal", "UPDATE", "setting", "kept", null, "set");
        });
        assertThat(settingExists("kept")).isTrue();
        assertThat(audit.search(ADMIN, byRecord("kept")).total()).isEqualTo(1);
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() {
        assertThatThrownBy(() -> Jpa.run(db.emf, em -> {
            em.persist(setting("undone"));
            audit.recordInTx(OFFICE, "portal", "UPDATE", "setting", "undone", null, "set");
            throw new IllegalStateException("the change fails after its entry was written");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(settingExists("undone")).isFalse();
        assertThat(audit.search(ADMIN, byRecord("undone")).total()).isZero();
        assertThat(audit.verify(ADMIN).intact()).isTrue();
    }

    @Test
    void aFailingAuditWriteRollsTheChangeBack() {
        // an action word longer than its column: the entry cannot be written
        assertThatThrownBy(() -> Jpa.run(db.emf, em -> {
            em.persist(setting("unaudited"));
            audit.recordInTx(OFFICE, "portal", "X".repeat(40), "setting", "unaudited", null, "set");
        })).hasMessageContaining("audit entry could not be written");
        assertThat(settingExists("unaudited")).isFalse();
    }

    @Test
    void anEntryOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.recordInTx(OFFICE, "portal", "UPDATE", "setting", "x", null, "set"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aListReadNamesEveryRecordAndIsFoundByAnyOfThem() {
        List<Long> ids = new ArrayList<>();
        for (long i = 1; i <= 10000; i++) {
            ids.add(i * 7);
        }
        Jpa.run(db.emf, em -> Jpa.onConnection(db.emf, c -> {
            audit.recordRead(c, OFFICE, "control", "READ_PERSONAL", "person", ids, "list of 10000 files");
            return null;
        }));
        List<AuditEntry> entries = audit.search(ADMIN, new AuditQuery(null, "READ_PERSONAL", null, null, null, null, null, null, 0, 10)).entries();
        // 10,000 ids do not fit one entry's column: consecutive parts, together naming every one
        assertThat(entries).hasSizeGreaterThan(1);
        assertThat(entries.stream().flatMap(e -> e.recordIds().stream()).map(Long::valueOf).sorted().toList()).isEqualTo(ids);
        assertThat(entries).allSatisfy(e -> assertThat(e.detail()).startsWith("list of 10000 files ("));
        // 7 is in the list, 17 is not (and 1, 70, 700 must not match 7)
        assertThat(audit.search(ADMIN, byRecord("7")).total()).isEqualTo(1);
        assertThat(audit.search(ADMIN, byRecord("17")).total()).isZero();
        assertThat(audit.verify(ADMIN).intact()).isTrue();
    }

    @Test
    void concurrentWritersOnTwoNodesLoseNothingAndKeepOneChain() throws Exception {
        AuditLogImpl otherNode = TestAudit.newLog(db, allowAll(), dataDir.resolve("other-node"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                AuditLogImpl node = t % 2 == 0 ? audit : otherNode;
                done.add(pool.submit(() -> {
                    write(node, 50);
                    node.sealNow();
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        ChainVerification v = audit.verify(ADMIN);
        assertThat(v.intact()).as(String.valueOf(v.reason())).isTrue();
        assertThat(v.checked()).isEqualTo(400);
        assertThat(otherNode.verify(ADMIN).intact()).isTrue();
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
        audit.sealNow();
        sql("UPDATE CORE_AUDIT SET DETAIL = 'nothing happened' WHERE SEQ = 7");
        ChainVerification v = audit.verify(ADMIN);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(7);
        assertThat(v.checked()).isEqualTo(6);
        assertThat(v.problem()).isEqualTo(Problem.ALTERED);
        assertThat(v.reason()).contains("entry 7 does not match its seal");
    }

    @Test
    void deletingAnEntryIsReportedAtTheGap() throws Exception {
        write(10);
        audit.sealNow();
        sql("DELETE FROM CORE_AUDIT WHERE SEQ = 4");
        ChainVerification v = audit.verify(ADMIN);
        assertThat(v.firstBrokenSeq()).isEqualTo(4);
        assertThat(v.problem()).isEqualTo(Problem.MISSING);
        assertThat(v.reason()).contains("entry 4 is missing");
    }

    @Test
    void aChainRecomputedWithoutTheKeyIsReportedAtTheFirstEditedEntry() throws Exception {
        write(10);
        audit.sealNow();
        // the attacker edits entry 4 and recomputes every hash from there, as the unkeyed chain allowed
        sql("UPDATE CORE_AUDIT SET DETAIL = 'nothing happened' WHERE SEQ = 4");
        String prev = hashAt(3);
        for (long seq = 4; seq <= 10; seq++) {
            HashChain.Link l = linkAt(seq, prev);
            String forged = HashChain.legacyHash(l);
            sql("UPDATE CORE_AUDIT SET PREV_HASH = '" + prev + "', HASH = '" + forged + "' WHERE SEQ = " + seq);
            prev = forged;
        }
        sql("UPDATE CORE_AUDIT_HEAD SET HASH = '" + prev + "'");
        ChainVerification v = restart().verify(ADMIN);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(4);
        assertThat(v.problem()).isEqualTo(Problem.ALTERED);
        assertThat(v.reason()).contains("recomputed without the portal's key");
    }

    @Test
    void deletingTheLastEntriesWhileThePortalIsStoppedIsReportedAfterTheRestart() throws Exception {
        write(40);
        audit.sealNow();
        // stopped portal; the attacker deletes the last 30 entries and sets the head row to match
        sql("DELETE FROM CORE_AUDIT WHERE SEQ > 10");
        sql("UPDATE CORE_AUDIT_HEAD SET SEQ = 10, HASH = '" + hashAt(10) + "'");
        AuditLogImpl restarted = restart();
        ChainVerification v = restarted.verify(ADMIN);
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).isEqualTo(Problem.TAIL_DELETED);
        assertThat(v.firstBrokenSeq()).isEqualTo(11);
        assertThat(v.reason()).contains("entries 11 to 40 were deleted").contains("checkpoint");
        // new entries do not cover it up: the checkpoint does not move past a chain that lost its entry
        write(restarted, 35);
        ChainVerification later = restarted.verify(ADMIN);
        assertThat(later.intact()).isFalse();
        assertThat(later.problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
        assertThat(later.firstBrokenSeq()).isEqualTo(40);
    }

    @Test
    void deletingTheLastEntriesWhileRunningIsReportedFromTheHeadRow() throws Exception {
        write(5);
        audit.sealNow();
        sql("DELETE FROM CORE_AUDIT WHERE SEQ >= 4");
        ChainVerification v = audit.verify(ADMIN);
        assertThat(v.problem()).isEqualTo(Problem.TAIL_DELETED);
        assertThat(v.firstBrokenSeq()).isEqualTo(4);
    }

    @Test
    void aReplacedDatabaseIsReported() throws Exception {
        write(10);
        audit.sealNow();
        db.close();
        db = new TestDb();
        AuditLogImpl onCopy = restart();
        write(onCopy, 12);
        ChainVerification v = onCopy.verify(ADMIN);
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
        assertThat(v.firstBrokenSeq()).isEqualTo(10);
    }

    @Test
    void aForgedCheckpointIsReported() throws Exception {
        write(3);
        audit.sealNow();
        java.nio.file.Files.writeString(dataDir.resolve("checkpoint"), "1 " + hashAt(1) + " " + "0".repeat(64) + "\n");
        assertThat(restart().verify(ADMIN).problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
    }

    @Test
    void aRestartContinuesTheChain() {
        write(3);
        AuditLogImpl restarted = restart();
        write(restarted, 1);
        assertThat(restarted.verify(ADMIN).intact()).isTrue();
        assertThat(restarted.verify(ADMIN).checked()).isEqualTo(4);
    }

    @Test
    void theUnkeyedChainOfAnEarlierVersionIsVerifiedAndSealedOnce() throws Exception {
        write(6);
        audit.sealNow();
        // as version 1 of the schema left it: unkeyed hashes, scheme 1, no checkpoint
        String prev = HashChain.GENESIS;
        for (long seq = 1; seq <= 6; seq++) {
            String h = HashChain.legacyHash(linkAt(seq, prev));
            sql("UPDATE CORE_AUDIT SET PREV_HASH = '" + prev + "', HASH = '" + h + "' WHERE SEQ = " + seq);
            prev = h;
        }
        sql("UPDATE CORE_AUDIT_HEAD SET SCHEME = 1, HASH = '" + prev + "'");
        java.nio.file.Files.delete(dataDir.resolve("checkpoint"));
        AuditLogImpl upgraded = restart();
        ChainVerification v = upgraded.verify(ADMIN);
        assertThat(v.intact()).as(String.valueOf(v.reason())).isTrue();
        assertThat(v.checked()).isEqualTo(7);
        assertThat(upgraded.search(ADMIN, new AuditQuery(null, "AUDIT_SEALED", null, null, null, null, null, null, 0, 5)).entries())
                .singleElement().satisfies(e -> assertThat(e.detail()).startsWith("6 entries of the unkeyed chain verified intact"));
    }

    @Test
    void settingTheHeadBackToTheUnkeyedSchemeDoesNotGetARecomputedChainSealed() throws Exception {
        write(6);
        audit.sealNow();
        // the attacker edits entry 3, recomputes the unkeyed hashes and asks for the one-time upgrade again
        sql("UPDATE CORE_AUDIT SET DETAIL = 'nothing happened' WHERE SEQ = 3");
        String prev = HashChain.GENESIS;
        for (long seq = 1; seq <= 6; seq++) {
            String h = HashChain.legacyHash(linkAt(seq, prev));
            sql("UPDATE CORE_AUDIT SET PREV_HASH = '" + prev + "', HASH = '" + h + "' WHERE SEQ = " + seq);
            prev = h;
        }
        sql("UPDATE CORE_AUDIT_HEAD SET SCHEME = 1, HASH = '" + prev + "'");
        AuditLogImpl restarted = restart();
        write(restarted, 1);
        ChainVerification v = restarted.verify(ADMIN);
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).isEqualTo(Problem.NOT_LINKED);
        assertThat(v.reason()).contains("unkeyed scheme");
        assertThat(restarted.search(ADMIN, new AuditQuery(null, "AUDIT_SEALED", null, null, null, null, null, null, 0, 5)).total()).isZero();
    }

    @Test
    void aHeadSetBackStopsSealingAndIsReported() throws Exception {
        write(5);
        audit.sealNow();
        sql("UPDATE CORE_AUDIT_HEAD SET SEQ = 4, HASH = '" + hashAt(4) + "'");
        write(2);
        // entries stay pending rather than fork the chain; search and verify still answer
        assertThat(audit.search(ADMIN, AuditQuery.all(50)).total()).isEqualTo(5);
        ChainVerification v = audit.verify(ADMIN);
        assertThat(v.intact()).isFalse();
    }

    void readList(List<?> ids) {
        Jpa.run(db.emf, em -> Jpa.onConnection(db.emf, c -> {
            audit.recordRead(c, OFFICE, "control", "READ_PERSONAL", "person", ids, "list of " + ids.size() + " files");
            return null;
        }));
    }

    /** 50 ids: their list is longer than an entry holds itself. */
    static List<Long> fiftyIds() {
        return java.util.stream.LongStream.range(1000, 1050).boxed().toList();
    }

    long count(String sql) throws Exception {
        try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aLongListReadAgainIsKeptOnceAndStillNamesEveryRecord() throws Exception {
        List<Long> ids = fiftyIds();
        for (int i = 0; i < 3; i++) {
            readList(ids);
        }
        readList(List.of(5L, 6L));
        audit.sealNow();
        assertThat(count("SELECT COUNT(*) FROM CORE_AUDIT_IDS")).isEqualTo(1);
        // the entries hold a reference, the short list itself
        assertThat(count("SELECT COUNT(*) FROM CORE_AUDIT WHERE RECORD_IDS LIKE '@%' AND LENGTH(RECORD_IDS) = 65")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM CORE_AUDIT WHERE RECORD_IDS = ',5,6,'")).isEqualTo(1);
        AuditPage found = audit.search(ADMIN, byRecord("1042"));
        assertThat(found.total()).isEqualTo(3);
        assertThat(found.entries()).allSatisfy(e -> assertThat(e.recordIds()).hasSize(50).contains("1000", "1049"));
        assertThat(audit.search(ADMIN, byRecord("6")).total()).isEqualTo(1);
        assertThat(audit.search(ADMIN, byRecord("104")).total()).isZero();
        assertThat(audit.verify(ADMIN).intact()).isTrue();
        // a restarted portal (no memory of kept lists) keeps the same list once too
        audit = restart();
        readList(ids);
        assertThat(count("SELECT COUNT(*) FROM CORE_AUDIT_IDS")).isEqualTo(1);
        assertThat(audit.search(ADMIN, byRecord("1042")).total()).isEqualTo(4);
    }

    @Test
    void aKeptListAlteredOrDeletedIsReportedAtTheFirstEntryReferringToIt() throws Exception {
        write(2);
        List<Long> ids = fiftyIds();
        readList(ids);
        readList(ids);
        assertThat(audit.verify(ADMIN).intact()).isTrue();
        sql("UPDATE CORE_AUDIT_IDS SET RECORD_IDS = ',1000,'");
        ChainVerification altered = audit.verify(ADMIN);
        assertThat(altered.intact()).isFalse();
        assertThat(altered.problem()).isEqualTo(ChainVerification.Problem.ALTERED);
        assertThat(altered.firstBrokenSeq()).isEqualTo(3);
        assertThat(altered.reason()).contains("entry 3").contains("altered");
        sql("DELETE FROM CORE_AUDIT_IDS");
        ChainVerification missing = audit.verify(ADMIN);
        assertThat(missing.problem()).isEqualTo(ChainVerification.Problem.ALTERED);
        assertThat(missing.reason()).contains("entry 3").contains("missing");
    }

    @Test
    void aRecordIdWithWildcardsMatchesOnlyItself() {
        Jpa.run(db.emf, em -> Jpa.onConnection(db.emf, c -> {
            audit.recordRead(c, OFFICE, "control", "READ_PERSONAL", "person", List.of("123", "1%3"), "list");
            return null;
        }));
        assertThat(audit.search(ADMIN, byRecord("1_3")).total()).isZero();
        assertThat(audit.search(ADMIN, byRecord("1%3")).total()).isEqualTo(1);
    }

    static AuditQuery byRecord(String id) {
        return new AuditQuery(null, null, null, null, id, null, null, null, 0, 50);
    }

    static SettingEntity setting(String key) {
        SettingEntity s = new SettingEntity();
        s.setKey(key);
        s.setValue("v");
        return s;
    }

    boolean settingExists(String key) {
        return Jpa.tx(db.emf, em -> em.find(SettingEntity.class, key) != null);
    }

    void sql(String sql) throws Exception {
        try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    String hashAt(long seq) throws Exception {
        try (Connection c = db.dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT HASH FROM CORE_AUDIT WHERE SEQ = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    HashChain.Link linkAt(long seq, String prev) throws Exception {
        try (Connection c = db.dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT EVENT_TIME, ACTOR_ID, ACTOR, AUDIT_ACTION, MODULE_ID, RECORD_TYPE,"
                     + " RECORD_ID, RECORD_IDS, ORG_NODE_ID, DETAIL FROM CORE_AUDIT WHERE SEQ = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long org = rs.getLong(9);
                Long orgNode = rs.wasNull() ? null : org;
                return new HashChain.Link(seq, rs.getTimestamp(1).toLocalDateTime(), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), orgNode,
                        rs.getString(10), prev);
            }
        }
    }
}
