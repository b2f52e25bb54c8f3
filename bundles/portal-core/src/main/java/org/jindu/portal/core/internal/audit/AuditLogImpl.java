package org.jindu.portal.core.internal.audit;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;
import javax.sql.DataSource;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditEntry;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.audit.AuditPage;
import org.jindu.portal.api.audit.AuditQuery;
import org.jindu.portal.api.audit.ChainVerification;
import org.jindu.portal.api.audit.ChainVerification.Problem;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.core.internal.crypto.SensitiveDataImpl;
import org.jindu.portal.core.internal.domain.HashChain;
import org.jindu.portal.core.internal.persistence.AuditEntity;
import org.jindu.portal.core.internal.persistence.AuditIdsEntity;
import org.jindu.portal.support.Jpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log. An entry is one insert into {@code CORE_AUDIT_PENDING} in the caller's transaction (random id): no lock in the
 * portal, and it commits or rolls back with the change. A sealer thread then moves committed entries, in batches and in
 * the order it finds them, into the chain ({@code CORE_AUDIT}): it takes the {@code CORE_AUDIT_HEAD} row's lock, so
 * one sealer at a time across every portal node on the database extends the chain; sequence numbers come from that
 * row. Seals are HMACs under a key derived from the data key (outside the database), and the head is checkpointed to
 * {@code data/portal-audit/checkpoint} after each batch. Search and verification seal what is pending first, so they
 * see every committed entry.
 */
@Component(service = {AuditLog.class, AuditLogImpl.class})
public class AuditLogImpl implements AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLogImpl.class);
    static final int MAX_DETAIL = 2000;
    static final int MAX_IDS = 30000;
    static final String SYSTEM = "system";
    private static final int BATCH = 500;
    private static final int PAGE = 1000;
    private static final String COLUMNS = "EVENT_TIME, ACTOR_ID, ACTOR, AUDIT_ACTION, MODULE_ID, RECORD_TYPE, RECORD_ID, "
            + "RECORD_IDS, ORG_NODE_ID, DETAIL";

    private final EntityManagerFactory emf;
    private final DataSource dataSource;
    private final AccessPolicy access;
    private final HashChain chain;
    private final Checkpoint checkpoint;
    private final Object sealLock = new Object();
    private final Semaphore wake = new Semaphore(0);
    /** References of record lists known to be kept (spares the insert attempt; nothing else depends on it). */
    private final java.util.Set<String> keptLists = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean running;
    private Thread sealer;

    @Activate
    public AuditLogImpl(@Reference(target = "(osgi.unit.name=portal.core)") EntityManagerFactory emf,
                        @Reference(target = "(osgi.jndi.service.name=portal)") DataSource dataSource,
                        @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.core)") SchemaReady schema,
                        @Reference AccessPolicy access, @Reference SensitiveDataImpl keys) {
        this(emf, dataSource, access, keys.subkey("audit chain"),
                Paths.get(System.getProperty("karaf.data", "data"), "portal-audit", "checkpoint"));
        running = true;
        sealer = new Thread(this::sealLoop, "portal-audit-sealer");
        sealer.setDaemon(true);
        sealer.start();
    }

    /** Without the sealer thread: tests seal through {@link #sealNow()} (search and verify call it). */
    AuditLogImpl(EntityManagerFactory emf, DataSource dataSource, AccessPolicy access, byte[] key, Path checkpointFile) {
        this.emf = emf;
        this.dataSource = dataSource;
        this.access = access;
        this.chain = new HashChain(key);
        this.checkpoint = new Checkpoint(checkpointFile, chain);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        running = false;
        stopped.countDown();
        wake.release();
        if (sealer != null) {
            // no interrupt: Derby closes the connection of an interrupted thread
            sealer.join(10_000);
        }
    }

    @Override
    public void record(Connection tx, UserContext actor, String moduleId, String action, String recordType,
                       String recordId, Long orgNodeId, String detail) {
        insert(tx, actor.userId(), actor.username(), moduleId, action, recordType, recordId, null, orgNodeId, cut(detail));
    }

    @Override
    public void recordRead(Connection tx, UserContext actor, String moduleId, String action, String recordType,
                           Collection<?> recordIds, String detail) {
        List<String> parts = RecordIds.encode(recordIds, MAX_IDS);
        // every list kept before the first entry: keep() runs its own transaction, which must never wait for a lock
        // this transaction's entries hold (the sealer, waiting for them, holds the head row)
        List<String> stored = parts.stream().map(part -> part.length() <= RecordIds.INLINE ? part : keep(part)).toList();
        for (int i = 0; i < parts.size(); i++) {
            String d = parts.size() == 1 ? detail : (detail == null ? "" : detail + " ") + "(" + (i + 1) + "/" + parts.size() + ")";
            insert(tx, actor.userId(), actor.username(), moduleId, action, recordType, null, stored.get(i), null, cut(d));
        }
    }

    @Override
    public void recordReadNow(UserContext actor, String moduleId, String action, String recordType,
                              Collection<?> recordIds, String detail) {
        // plain JDBC: no entity manager is needed for one insert, and a read answered from memory should cost little more
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                recordRead(c, actor, moduleId, action, recordType, recordIds, detail);
                c.commit();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException("the audit entry could not be written", e);
        }
    }

    /**
     * Keeps a list of record ids once ({@code CORE_AUDIT_IDS}) and returns the reference an entry holds. Written in a
     * transaction of its own before the entry: a list without an entry (the caller rolled back) claims no read.
     */
    private String keep(String part) {
        String ref = RecordIds.reference(RecordIds.digest(part));
        if (keptLists.contains(ref) || storedList(ref) != null) {
            keptLists.add(ref);
            return ref;
        }
        try {
            Jpa.txNew(emf, em -> Jpa.onConnection(emf, c -> {
                // a plain insert: a list kept already (a duplicate key) is recognised below
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO CORE_AUDIT_IDS (REF, RECORD_IDS) VALUES (?, ?)")) {
                    ps.setString(1, ref);
                    ps.setString(2, part);
                    return ps.executeUpdate();
                } catch (SQLException e) {
                    throw new PersistenceException(e);
                }
            }));
        } catch (RuntimeException e) {
            // kept meanwhile by another request or node (a duplicate key: Jpa.tx reports it as a conflict), or a real failure
            if (storedList(ref) == null) {
                throw new PersistenceException("the record list of an audit entry could not be written", e);
            }
        }
        if (keptLists.size() >= 10_000) {
            keptLists.clear();
        }
        keptLists.add(ref);
        return ref;
    }

    private String storedList(String ref) {
        return Jpa.txNew(emf, em -> {
            AuditIdsEntity kept = em.find(AuditIdsEntity.class, ref);
            return kept == null ? null : kept.getRecordIds();
        });
    }

    @Override
    public void recordAnonymous(String actorName, String moduleId, String action, String detail) {
        String name = actorName == null || actorName.isBlank() ? "-" : actorName;
        String actor = name.length() > 64 ? name.substring(0, 64) : name;
        Jpa.txNew(emf, em -> Jpa.onConnection(emf, c -> {
            insert(c, 0, actor, moduleId, action, null, null, null, null, cut(detail));
            return null;
        }));
    }

    /** For the core's own services: an entry in the transaction they have open on the core's unit. */
    public void recordInTx(UserContext actor, String moduleId, String action, String recordType, String recordId,
                           Long orgNodeId, String detail) {
        // Jpa.onConnection refuses outside a transaction on the core's unit
        Jpa.onConnection(emf, c -> {
            record(c, actor, moduleId, action, recordType, recordId, orgNodeId, detail);
            return null;
        });
    }

    /**
     * Runs a change of the core and its entry ({@link #recordInTx}) in one transaction on the core's unit: the stores'
     * own transactions join it.
     */
    public <T> T change(Supplier<T> work) {
        return Jpa.tx(emf, em -> work.get());
    }

    private void insert(Connection c, long actorId, String actor, String moduleId, String action, String recordType,
                        String recordId, String recordIds, Long orgNodeId, String detail) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO CORE_AUDIT_PENDING (ID, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            // a random id: no shared counter, so concurrent requests (and nodes) never wait for each other here
            ps.setString(1, UUID.randomUUID().toString().replace("-", ""));
            ps.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS)));
            ps.setLong(3, actorId);
            ps.setString(4, actor);
            ps.setString(5, action);
            ps.setString(6, moduleId);
            ps.setString(7, recordType);
            ps.setString(8, recordId);
            ps.setString(9, recordIds);
            if (orgNodeId == null) {
                ps.setNull(10, Types.BIGINT);
            } else {
                ps.setLong(10, orgNodeId);
            }
            ps.setString(11, detail);
            ps.executeUpdate();
        } catch (SQLException e) {
            // the caller's transaction must not commit without its entry
            throw new PersistenceException("the audit entry could not be written", e);
        }
        wake.release();
    }

    private static String cut(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    // ---- sealing

    private void sealLoop() {
        while (running) {
            try {
                // woken by an append; every second anyway, for entries written by other nodes
                wake.tryAcquire(1, TimeUnit.SECONDS);
                wake.drainPermits();
                if (running) {
                    sealNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Sealing audit entries failed; they stay pending and are sealed at the next attempt", e);
                try {
                    // a pause before the next attempt (appends do not cut it short), ended when the portal stops
                    stopped.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Seals every entry committed so far (waiting, on Derby, for entries whose transaction is still open). */
    public void sealNow() {
        if (Jpa.inTransaction(emf)) {
            // this thread's own uncommitted entries would block the sealer's read until the lock times out
            return;
        }
        synchronized (sealLock) {
            while (true) {
                Sealed s = Jpa.txNew(emf, em -> Jpa.onConnection(emf, this::sealBatch));
                if (s.count() > 0) {
                    try {
                        advanceCheckpoint(s.seq(), s.hash());
                    } catch (java.io.UncheckedIOException e) {
                        // the entries are sealed; only this node's evidence outside the database lags
                        LOG.error("Audit checkpoint {} could not be written: {}", checkpoint.file(), e.getMessage());
                    }
                }
                if (s.count() < BATCH) {
                    return;
                }
            }
        }
    }

    private record Sealed(int count, long seq, String hash) {
    }

    private Sealed sealBatch(Connection c) {
        try {
            int scheme0 = scheme(c);
            if (scheme0 == 2 && !anyPending(c)) {
                // nothing to do: no write to the head row (every node asks every second)
                return new Sealed(0, 0, null);
            }
            try (Statement st = c.createStatement()) {
                // the head row's lock: one sealer at a time across all nodes
                st.executeUpdate("UPDATE CORE_AUDIT_HEAD SET SEQ = SEQ WHERE ID = 1");
            }
            long seq;
            String prev;
            int scheme;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT SEQ, HASH, SCHEME FROM CORE_AUDIT_HEAD WHERE ID = 1")) {
                rs.next();
                seq = rs.getLong(1);
                prev = rs.getString(2);
                scheme = rs.getInt(3);
            }
            if (scheme == 1 && legacyUpgradeAllowed(c)) {
                Sealed upgraded = sealLegacyChain(c);
                seq = upgraded.seq();
                prev = upgraded.hash();
            } else if (scheme == 1) {
                // verifyChain reports it; sealing goes on, keyed
                LOG.error("The audit head was set back to the unkeyed scheme although the chain is sealed with the key; not resealing (run portal:audit-verify)");
            }
            if (seq > 0) {
                String stored = hashAtIn(c, seq);
                if (!prev.equals(stored)) {
                    // sealing onto a head that is not the chain's last entry would fork or hide the damage
                    throw new IllegalStateException("the audit head (entry " + seq + ") does not match the chain; entries stay pending (run portal:audit-verify)");
                }
            }
            List<String> sealedIds = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT ID, " + COLUMNS + " FROM CORE_AUDIT_PENDING ORDER BY EVENT_TIME, ID");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO CORE_AUDIT (SEQ, " + COLUMNS
                         + ", PREV_HASH, HASH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                select.setMaxRows(BATCH);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long orgNode = rs.getLong(10);
                        Long org = rs.wasNull() ? null : orgNode;
                        HashChain.Link link = new HashChain.Link(seq + 1, rs.getTimestamp(2).toLocalDateTime(),
                                rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9), org, rs.getString(11), prev);
                        String hash = chain.seal(link);
                        insert.setLong(1, link.seq());
                        insert.setTimestamp(2, Timestamp.valueOf(link.time()));
                        insert.setLong(3, link.actorId());
                        insert.setString(4, link.actor());
                        insert.setString(5, link.action());
                        insert.setString(6, link.moduleId());
                        insert.setString(7, link.recordType());
                        insert.setString(8, link.recordId());
                        insert.setString(9, link.recordIds());
                        if (link.orgNodeId() == null) {
                            insert.setNull(10, Types.BIGINT);
                        } else {
                            insert.setLong(10, link.orgNodeId());
                        }
                        insert.setString(11, link.detail());
                        insert.setString(12, prev);
                        insert.setString(13, hash);
                        insert.addBatch();
                        sealedIds.add(rs.getString(1));
                        seq = link.seq();
                        prev = hash;
                    }
                }
                if (sealedIds.isEmpty()) {
                    return new Sealed(0, seq, prev);
                }
                insert.executeBatch();
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM CORE_AUDIT_PENDING WHERE ID = ?")) {
                for (String id : sealedIds) {
                    delete.setString(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE CORE_AUDIT_HEAD SET SEQ = ?, HASH = ? WHERE ID = 1")) {
                head.setLong(1, seq);
                head.setString(2, prev);
                head.executeUpdate();
            }
            return new Sealed(sealedIds.size(), seq, prev);
        } catch (SQLException e) {
            throw new PersistenceException("sealing audit entries failed", e);
        }
    }

    private static int scheme(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT SCHEME FROM CORE_AUDIT_HEAD WHERE ID = 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean anyPending(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.setMaxRows(1);
            try (ResultSet rs = st.executeQuery("SELECT ID FROM CORE_AUDIT_PENDING")) {
                return rs.next();
            }
        }
    }

    private static String hashAtIn(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT HASH FROM CORE_AUDIT WHERE SEQ = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * The unkeyed chain is sealed with the key only where nothing shows it was keyed already: no checkpoint on this
     * node and a first entry that does not carry a keyed seal (an empty chain has nothing to seal). Otherwise SCHEME 1 was set back in the database, to have
     * a recomputed chain sealed.
     */
    private boolean legacyUpgradeAllowed(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.setMaxRows(1);
            try (ResultSet rs = st.executeQuery("SELECT SEQ, " + COLUMNS + ", PREV_HASH, HASH FROM CORE_AUDIT ORDER BY SEQ")) {
                if (!rs.next()) {
                    // nothing to seal (a new database; a deleted chain is the checkpoint's to report)
                    return true;
                }
                return !java.nio.file.Files.exists(checkpoint.file()) && !chain.seal(link(rs)).equals(rs.getString(13));
            }
        }
    }

    /**
     * Once, after an upgrade from the unkeyed chain: verifies it as it was, seals it with the key, and records an entry
     * saying what was found, so that a break found then stays on record.
     */
    private Sealed sealLegacyChain(Connection c) throws SQLException {
        List<HashChain.Link> links = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT SEQ, " + COLUMNS + ", PREV_HASH, HASH FROM CORE_AUDIT ORDER BY SEQ")) {
            while (rs.next()) {
                links.add(link(rs));
                hashes.add(rs.getString(13));
            }
        }
        String finding = null;
        String expectedPrev = HashChain.GENESIS;
        for (int i = 0; i < links.size() && finding == null; i++) {
            HashChain.Link l = links.get(i);
            if (l.seq() != i + 1) {
                finding = "entry " + (i + 1) + " was missing";
            } else if (!expectedPrev.equals(l.prevHash())) {
                finding = "entry " + l.seq() + " did not link to its predecessor";
            } else if (!HashChain.legacyHash(l).equals(hashes.get(i))) {
                finding = "entry " + l.seq() + " did not match its hash";
            }
            expectedPrev = hashes.get(i);
        }
        if (links.isEmpty()) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE CORE_AUDIT_HEAD SET SCHEME = 2 WHERE ID = 1");
            }
            return new Sealed(0, 0, HashChain.GENESIS);
        }
        String prev = HashChain.GENESIS;
        long seq = 0;
        try (PreparedStatement update = c.prepareStatement("UPDATE CORE_AUDIT SET PREV_HASH = ?, HASH = ? WHERE SEQ = ?")) {
            for (HashChain.Link l : links) {
                HashChain.Link resealed = new HashChain.Link(l.seq(), l.time(), l.actorId(), l.actor(), l.action(),
                        l.moduleId(), l.recordType(), l.recordId(), l.recordIds(), l.orgNodeId(), l.detail(), prev);
                String hash = chain.seal(resealed);
                update.setString(1, prev);
                update.setString(2, hash);
                update.setLong(3, l.seq());
                update.addBatch();
                prev = hash;
                seq = l.seq();
            }
            update.executeBatch();
        }
        try (PreparedStatement head = c.prepareStatement("UPDATE CORE_AUDIT_HEAD SET SEQ = ?, HASH = ?, SCHEME = 2 WHERE ID = 1")) {
            head.setLong(1, seq);
            head.setString(2, prev);
            head.executeUpdate();
        }
        String detail = links.size() + " entries of the unkeyed chain " + (finding == null ? "verified intact" : "verified: " + finding)
                + "; sealed with the portal's key";
        insert(c, 0, SYSTEM, PlatformPermissions.MODULE_ID, "AUDIT_SEALED", null, null, null, null, detail);
        if (finding != null) {
            LOG.error("The audit chain from before this version was broken ({}); it is sealed as found and the finding is recorded", finding);
        }
        return new Sealed(links.size(), seq, prev);
    }

    /** Moves this node's checkpoint forward, but never past a chain that no longer holds the checkpointed entry. */
    private void advanceCheckpoint(long seq, String hash) {
        Optional<Checkpoint.Head> known;
        try {
            known = checkpoint.read();
        } catch (Checkpoint.TamperedException e) {
            LOG.error("Audit checkpoint not advanced: {}", e.getMessage());
            return;
        }
        if (known.isPresent()) {
            Checkpoint.Head k = known.get();
            if (k.seq() >= seq) {
                return;
            }
            String stored = hashAt(k.seq());
            if (k.seq() > 0 && !k.hash().equals(stored)) {
                LOG.error("Audit checkpoint not advanced: the chain no longer holds entry {} as sealed (run portal:audit-verify)", k.seq());
                return;
            }
        }
        checkpoint.write(seq, hash);
    }

    private String hashAt(long seq) {
        return Jpa.txNew(emf, em -> Jpa.onConnection(emf, c -> {
            try {
                return hashAtIn(c, seq);
            } catch (SQLException e) {
                throw new PersistenceException(e);
            }
        }));
    }

    // ---- reading

    /** Seals what is pending; when that fails, what is sealed is still searched and verified. Returns the failure. */
    private String trySealNow() {
        try {
            sealNow();
            return null;
        } catch (RuntimeException e) {
            LOG.warn("Sealing pending audit entries failed: {}", e.getMessage());
            return e.getMessage();
        }
    }

    @Override
    public AuditPage search(UserContext user, AuditQuery q) {
        access.check(user, PlatformPermissions.AUDIT_READ);
        trySealNow();
        int limit = Math.max(1, Math.min(q.limit() <= 0 ? 50 : q.limit(), 500));
        return Jpa.tx(emf, em -> {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> params = new HashMap<>();
            eq(where, params, "actor", q.actor());
            eq(where, params, "action", q.action());
            eq(where, params, "moduleId", q.moduleId());
            eq(where, params, "recordType", q.recordType());
            if (q.recordId() != null && !q.recordId().isBlank()) {
                where.append(" and (a.recordId = :recordId or a.recordIds like :inList escape '\\'"
                        + " or a.recordIds in (select i.ref from AuditIdsEntity i where i.recordIds like :inList escape '\\'))");
                params.put("recordId", q.recordId().strip());
                params.put("inList", "%" + RecordIds.frame(q.recordId().strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            if (q.from() != null) {
                where.append(" and a.time >= :from");
                params.put("from", LocalDateTime.ofInstant(q.from(), ZoneId.systemDefault()));
            }
            if (q.to() != null) {
                where.append(" and a.time < :to");
                params.put("to", LocalDateTime.ofInstant(q.to(), ZoneId.systemDefault()));
            }
            if (q.text() != null && !q.text().isBlank()) {
                where.append(" and a.detail like :text");
                params.put("text", "%" + q.text().replace("%", "").replace("_", "") + "%");
            }
            TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntity a" + where, Long.class);
            TypedQuery<AuditEntity> page = em.createQuery("select a from AuditEntity a" + where + " order by a.seq desc",
                    AuditEntity.class);
            params.forEach((k, v) -> {
                count.setParameter(k, v);
                page.setParameter(k, v);
            });
            page.setFirstResult(Math.max(0, q.offset())).setMaxResults(limit);
            List<AuditEntity> found = page.getResultList();
            Map<String, String> lists = keptLists(em, found.stream().map(AuditEntity::getRecordIds).toList());
            List<AuditEntry> entries = new ArrayList<>();
            for (AuditEntity e : found) {
                entries.add(toEntry(e, lists));
            }
            return new AuditPage(entries, count.getSingleResult());
        });
    }

    private static void eq(StringBuilder where, Map<String, Object> params, String field, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and a.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    @Override
    public ChainVerification verify(UserContext user) {
        access.check(user, PlatformPermissions.AUDIT_READ);
        return verifyChain();
    }

    /**
     * Seals what is pending, then walks the chain up to the head as it was then (entries sealed meanwhile are left to
     * the next verification), and compares its end with the head row and with this node's checkpoint.
     */
    public ChainVerification verifyChain() {
        trySealNow();
        // the checkpoint before the head: it is written after the head's commit, so it can never be ahead of it
        Optional<Checkpoint.Head> cp;
        try {
            cp = checkpoint.read();
        } catch (Checkpoint.TamperedException e) {
            return ChainVerification.broken(0, 0, Problem.CHECKPOINT_MISMATCH, e.getMessage());
        }
        long[] headSeq = new long[1];
        int[] scheme = new int[1];
        String headHash = Jpa.txNew(emf, em -> Jpa.onConnection(emf, c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT SEQ, HASH, SCHEME FROM CORE_AUDIT_HEAD WHERE ID = 1")) {
                rs.next();
                headSeq[0] = rs.getLong(1);
                scheme[0] = rs.getInt(3);
                return rs.getString(2);
            } catch (SQLException e) {
                throw new PersistenceException(e);
            }
        }));
        if (scheme[0] != 2) {
            return ChainVerification.broken(0, 1, Problem.NOT_LINKED, "the chain's head was set back to the unkeyed"
                    + " scheme of earlier versions although the chain is sealed with the key");
        }
        long known = Math.max(headSeq[0], cp.map(Checkpoint.Head::seq).orElse(0L));
        java.util.Set<String> listsChecked = new java.util.HashSet<>();
        long expectedSeq = 1;
        String expectedPrev = HashChain.GENESIS;
        long checked = 0;
        while (true) {
            long from = expectedSeq;
            List<AuditEntity> batch = Jpa.txNew(emf, em -> em.createQuery(
                            "select a from AuditEntity a where a.seq >= :from and a.seq <= :to order by a.seq", AuditEntity.class)
                    .setParameter("from", from).setParameter("to", known).setMaxResults(PAGE).getResultList());
            if (batch.isEmpty()) {
                break;
            }
            List<String> unchecked = batch.stream().map(AuditEntity::getRecordIds)
                    .filter(r -> RecordIds.isReference(r) && !listsChecked.contains(r)).distinct().toList();
            Map<String, String> lists = unchecked.isEmpty() ? Map.of() : Jpa.txNew(emf, em -> keptLists(em, unchecked));
            for (AuditEntity e : batch) {
                HashChain.Finding problem = chain.check(expectedSeq, expectedPrev, link(e), e.getHash());
                if (problem != null) {
                    return ChainVerification.broken(checked, expectedSeq, problem.problem(), problem.reason());
                }
                String ref = e.getRecordIds();
                if (RecordIds.isReference(ref) && !listsChecked.contains(ref)) {
                    String list = lists.get(ref);
                    if (list == null || !RecordIds.reference(RecordIds.digest(list)).equals(ref)) {
                        return ChainVerification.broken(checked, e.getSeq(), Problem.ALTERED, "the list of records read that entry "
                                + e.getSeq() + " refers to " + (list == null ? "is missing" : "was altered"));
                    }
                    listsChecked.add(ref);
                }
                if (cp.isPresent() && e.getSeq() == cp.get().seq() && !e.getHash().equals(cp.get().hash())) {
                    return ChainVerification.broken(checked, e.getSeq(), Problem.CHECKPOINT_MISMATCH, "entry " + e.getSeq()
                            + " is not the entry sealed there according to the checkpoint " + checkpoint.file()
                            + ": the database was replaced or the chain rewritten");
                }
                checked++;
                expectedSeq++;
                expectedPrev = e.getHash();
            }
        }
        long last = expectedSeq - 1;
        if (cp.isPresent() && cp.get().seq() > last) {
            return ChainVerification.broken(checked, last + 1, Problem.TAIL_DELETED, "the chain ends at entry " + last
                    + " but the checkpoint " + checkpoint.file() + " records entry " + cp.get().seq()
                    + ": entries " + (last + 1) + " to " + cp.get().seq() + " were deleted");
        }
        if (cp.isPresent() && cp.get().seq() > headSeq[0]) {
            return ChainVerification.broken(checked, headSeq[0] + 1, Problem.CHECKPOINT_MISMATCH, "the chain's head records"
                    + " entry " + headSeq[0] + " but the checkpoint " + checkpoint.file() + " records entry "
                    + cp.get().seq() + ": the head was set back");
        }
        if (headSeq[0] > last) {
            return ChainVerification.broken(checked, last + 1, Problem.TAIL_DELETED, "the chain ends at entry " + last
                    + " but its head records entry " + headSeq[0] + ": entries " + (last + 1) + " to " + headSeq[0]
                    + " were deleted");
        }
        if (last > 0 && last == headSeq[0] && !expectedPrev.equals(headHash)) {
            return ChainVerification.broken(checked, last, Problem.CHECKPOINT_MISMATCH, "entry " + last
                    + " is not the entry the chain's head records: the last entries were replaced");
        }
        return ChainVerification.ok(checked);
    }

    private static HashChain.Link link(AuditEntity e) {
        return new HashChain.Link(e.getSeq(), e.getTime(), e.getActorId(), e.getActor(), e.getAction(),
                e.getModuleId(), e.getRecordType(), e.getRecordId(), e.getRecordIds(), e.getOrgNodeId(), e.getDetail(),
                e.getPrevHash());
    }

    /** A chain row read with {@code SELECT SEQ, <COLUMNS>, PREV_HASH, HASH}. */
    private static HashChain.Link link(ResultSet rs) throws SQLException {
        long orgNode = rs.getLong(10);
        Long org = rs.wasNull() ? null : orgNode;
        return new HashChain.Link(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getLong(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), org,
                rs.getString(11), rs.getString(12));
    }

    /** The kept record lists these stored values refer to, by reference (one query). */
    private static Map<String, String> keptLists(javax.persistence.EntityManager em, List<String> stored) {
        List<String> refs = stored.stream().filter(RecordIds::isReference).distinct().toList();
        if (refs.isEmpty()) {
            return Map.of();
        }
        Map<String, String> lists = new HashMap<>();
        em.createQuery("select i from AuditIdsEntity i where i.ref in :refs", AuditIdsEntity.class).setParameter("refs", refs)
                .getResultList().forEach(i -> lists.put(i.getRef(), i.getRecordIds()));
        return lists;
    }

    private static AuditEntry toEntry(AuditEntity e, Map<String, String> lists) {
        Instant time = e.getTime().atZone(ZoneId.systemDefault()).toInstant();
        String ids = RecordIds.isReference(e.getRecordIds()) ? lists.get(e.getRecordIds()) : e.getRecordIds();
        return new AuditEntry(e.getSeq(), time, e.getActorId(), e.getActor(), e.getAction(), e.getModuleId(),
                e.getRecordType(), e.getRecordId(), RecordIds.decode(ids), e.getOrgNodeId(), e.getDetail(),
                e.getPrevHash(), e.getHash());
    }
}
