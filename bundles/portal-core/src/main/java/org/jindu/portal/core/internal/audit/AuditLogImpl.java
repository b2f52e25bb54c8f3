package org.jindu.portal.core.internal.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditEntry;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.audit.AuditPage;
import org.jindu.portal.api.audit.AuditQuery;
import org.jindu.portal.api.audit.ChainVerification;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.core.internal.domain.HashChain;
import org.jindu.portal.core.internal.persistence.AuditEntity;
import org.jindu.portal.support.Jpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The hash-chained audit log. Appends are serialised by one lock held until the entry is committed in its own
 * transaction, so two appends can never link to the same predecessor. This assumes one portal process per database
 * (the embedded Derby enforces it; with PostgreSQL run one instance).
 */
@Component(service = {AuditLog.class, AuditLogImpl.class})
public class AuditLogImpl implements AuditLog {
    private static final int MAX_DETAIL = 2000;
    private static final int PAGE = 1000;

    private final EntityManagerFactory emf;
    private final AccessPolicy access;
    private final Object appendLock = new Object();
    private long lastSeq = -1;
    private String lastHash;

    @Activate
    public AuditLogImpl(@Reference(target = "(osgi.unit.name=portal.core)") EntityManagerFactory emf,
                        @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.core)") SchemaReady schema,
                        @Reference AccessPolicy access) {
        this.emf = emf;
        this.access = access;
    }

    @Override
    public void record(UserContext actor, String moduleId, String action, String recordType, String recordId,
                       Long orgNodeId, String detail) {
        append(actor.userId(), actor.username(), action, moduleId, recordType, recordId, orgNodeId, detail);
    }

    @Override
    public void recordAnonymous(String actorName, String moduleId, String action, String detail) {
        String name = actorName == null || actorName.isBlank() ? "-" : actorName;
        append(0, name.length() > 64 ? name.substring(0, 64) : name, action, moduleId, null, null, null, detail);
    }

    private void append(long actorId, String actor, String action, String moduleId, String recordType,
                        String recordId, Long orgNodeId, String detail) {
        String cut = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        synchronized (appendLock) {
            if (lastSeq < 0) {
                loadHead();
            }
            long seq = lastSeq + 1;
            HashChain.Link link = new HashChain.Link(seq, LocalDateTime.now(), actorId, actor, action, moduleId,
                    recordType, recordId, orgNodeId, cut, lastHash);
            String hash = HashChain.hash(link);
            Jpa.txNew(emf, em -> {
                AuditEntity e = new AuditEntity();
                e.setSeq(seq);
                e.setTime(link.time());
                e.setActorId(actorId);
                e.setActor(actor);
                e.setAction(action);
                e.setModuleId(moduleId);
                e.setRecordType(recordType);
                e.setRecordId(recordId);
                e.setOrgNodeId(orgNodeId);
                e.setDetail(cut);
                e.setPrevHash(link.prevHash());
                e.setHash(hash);
                em.persist(e);
                return null;
            });
            lastSeq = seq;
            lastHash = hash;
        }
    }

    private void loadHead() {
        Jpa.txNew(emf, em -> {
            List<AuditEntity> last = em.createQuery("select a from AuditEntity a order by a.seq desc", AuditEntity.class)
                    .setMaxResults(1).getResultList();
            if (last.isEmpty()) {
                lastSeq = 0;
                lastHash = HashChain.GENESIS;
            } else {
                lastSeq = last.get(0).getSeq();
                lastHash = last.get(0).getHash();
            }
            return null;
        });
    }

    @Override
    public AuditPage search(UserContext user, AuditQuery q) {
        access.check(user, PlatformPermissions.AUDIT_READ);
        int limit = Math.max(1, Math.min(q.limit() <= 0 ? 50 : q.limit(), 500));
        return Jpa.tx(emf, em -> {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> params = new HashMap<>();
            eq(where, params, "actor", q.actor());
            eq(where, params, "action", q.action());
            eq(where, params, "moduleId", q.moduleId());
            eq(where, params, "recordType", q.recordType());
            eq(where, params, "recordId", q.recordId());
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
            List<AuditEntry> entries = new ArrayList<>();
            for (AuditEntity e : page.getResultList()) {
                entries.add(toEntry(e));
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
     * Walks the chain in pages up to the last entry committed when the walk began, and reports entries missing at the
     * end. Entries appended while it walks are left to the next verification: comparing with the head only at the
     * end took an entry committed meanwhile for one deleted from the end.
     */
    public ChainVerification verifyChain() {
        long known;
        synchronized (appendLock) {
            if (lastSeq < 0) {
                loadHead();
            }
            known = lastSeq;
        }
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
            for (AuditEntity e : batch) {
                String problem = HashChain.check(expectedSeq, expectedPrev, link(e), e.getHash());
                if (problem != null) {
                    return new ChainVerification(false, checked, expectedSeq, problem);
                }
                checked++;
                expectedSeq++;
                expectedPrev = e.getHash();
            }
        }
        if (known >= expectedSeq) {
            return new ChainVerification(false, checked, expectedSeq,
                    "entries " + expectedSeq + " to " + known + " were deleted from the end of the log");
        }
        return new ChainVerification(true, checked, 0, null);
    }

    private static HashChain.Link link(AuditEntity e) {
        return new HashChain.Link(e.getSeq(), e.getTime(), e.getActorId(), e.getActor(), e.getAction(),
                e.getModuleId(), e.getRecordType(), e.getRecordId(), e.getOrgNodeId(), e.getDetail(), e.getPrevHash());
    }

    private static AuditEntry toEntry(AuditEntity e) {
        Instant time = e.getTime().atZone(ZoneId.systemDefault()).toInstant();
        return new AuditEntry(e.getSeq(), time, e.getActorId(), e.getActor(), e.getAction(), e.getModuleId(),
                e.getRecordType(), e.getRecordId(), e.getOrgNodeId(), e.getDetail(), e.getPrevHash(), e.getHash());
    }

    /** For tests and the admin shell: forget the cached head so that it is read again from the database. */
    void resetHead() {
        synchronized (appendLock) {
            lastSeq = -1;
        }
    }

}
