package org.jindu.portal.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

import org.apache.openjpa.persistence.OpenJPAEntityManager;
import org.apache.openjpa.persistence.OpenJPAEntityManagerFactory;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.cache.DataVersions;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgNode;

/**
 * What every service of a module needs, in one place: its persistence unit, the access policy, the audit log, the
 * org tree and the clock. A module extends it with one DS component (adding its configuration and events) that its
 * services share, so that each service states only its own rules.
 *
 * <pre>{@code
 * @Component(service = Support.class)
 * public class Support extends ModuleSupport {
 *     @Activate
 *     public Support(@Reference(target = "(osgi.unit.name=portal.mymodule)") EntityManagerFactory emf,
 *                    @Reference(target = "(portal.schema.bundle=org.example.mymodule)") SchemaReady schema,
 *                    @Reference AccessPolicy access, @Reference AuditLog audit, @Reference OrgDirectory org,
 *                    @Reference DataVersions versions) {
 *         super("mymodule", emf, access, audit, org, versions, Clock.systemDefaultZone());
 *     }
 * }
 * }</pre>
 */
public abstract class ModuleSupport {
    private final String moduleId;
    private final EntityManagerFactory emf;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final OrgDirectory org;
    private final DataVersions versions;
    private final List<String> areas;
    private final Clock clock;
    /** Answers kept by {@link #cached}, least recently used first; guarded by itself. */
    private final LinkedHashMap<Object, Cached> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cacheWeight;
    private volatile long generation;

    /**
     * Most answers {@link #cached} keeps, and most list items in all of them together (a list weighs its size): the
     * least recently used go first.
     */
    public static final int CACHE_ENTRIES = 256;
    public static final int CACHE_WEIGHT = 50_000;

    private record Cached(long stamp, LocalDate day, long generation, Object value, int weight) {
    }

    /**
     * @param versions the platform's data versions: this module's transactions move its version on when they wrote,
     *                 and {@link #cached} answers from memory only while it (and the org tree's) is unchanged
     */
    protected ModuleSupport(String moduleId, EntityManagerFactory emf, AccessPolicy access, AuditLog audit, OrgDirectory org,
                            DataVersions versions, Clock clock) {
        this.moduleId = moduleId;
        this.emf = emf;
        this.access = access;
        this.audit = audit;
        this.org = org;
        this.versions = versions;
        this.areas = List.of(moduleId, DataVersions.ORG);
        this.clock = clock;
        // texts longer than their column are the client's mistake (400 naming the field), not a database error
        emf.unwrap(OpenJPAEntityManagerFactory.class).addLifecycleListener(LengthCheck.INSTANCE, (Class<?>[]) null);
    }

    /** Without data versions: {@link #cached} computes every answer anew. */
    protected ModuleSupport(String moduleId, EntityManagerFactory emf, AccessPolicy access, AuditLog audit, OrgDirectory org, Clock clock) {
        this(moduleId, emf, access, audit, org, null, clock);
    }

    public String moduleId() {
        return moduleId;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public OrgDirectory org() {
        return org;
    }

    public AccessPolicy access() {
        return access;
    }

    /**
     * Runs work in a transaction of the module's unit (joining one already running in this thread). A transaction that
     * wrote entities moves the module's data version on just before it commits, so that answers kept by {@link #cached}
     * on every node are recomputed.
     */
    public <T> T tx(Function<EntityManager, T> work) {
        if (versions == null || Jpa.inTransaction(emf)) {
            return Jpa.tx(emf, work);
        }
        return Jpa.tx(emf, em -> {
            T result = work.apply(em);
            // new, changed and removed entities, flushed or not; native SQL is marked by changed()
            if (!em.unwrap(OpenJPAEntityManager.class).getDirtyObjects().isEmpty()) {
                // the rows first, the version row last: every transaction takes that lock last, so no lock cycle
                em.flush();
                changed();
            }
            return result;
        });
    }

    public void run(Consumer<EntityManager> work) {
        tx(em -> {
            work.accept(em);
            return null;
        });
    }

    /**
     * Marks the module's data changed in the running transaction, for writes the entity manager does not see (native
     * SQL). Concurrent changes of the module wait for each other from here to their commit.
     *
     * @throws IllegalStateException outside a transaction of the module's unit
     */
    public void changed() {
        if (versions != null) {
            Jpa.onConnection(emf, c -> {
                versions.changed(c, moduleId);
                return null;
            });
        }
    }

    /**
     * An answer computed from the module's data (and the org tree) by {@code load}, kept in this node's memory under
     * {@code key} until the module's data or the org tree changed on any node, the day changed or {@link #forgetCached}
     * was called. The answer must not depend on anything else (not on the user: put the user's scope into the key) and
     * must not be modified by its callers. Inside a transaction of the module, whose own changes are not committed
     * yet, it is always computed.
     */
    @SuppressWarnings("unchecked")
    public <T> T cached(Object key, Supplier<T> load) {
        if (versions == null || Jpa.inTransaction(emf)) {
            return load.get();
        }
        // the stamp is read before the data, so what is kept is at least as new as the stamp it is kept under
        long stamp = versions.stamp(areas);
        LocalDate day = today();
        long gen = generation;
        Cached hit;
        synchronized (cache) {
            hit = cache.get(key);
        }
        if (hit != null && hit.stamp() == stamp && hit.day().equals(day) && hit.generation() == gen) {
            return (T) hit.value();
        }
        T value = load.get();
        int weight = value instanceof Collection<?> c ? Math.max(1, c.size()) : 1;
        if (weight <= CACHE_WEIGHT) {
            synchronized (cache) {
                Cached old = cache.put(key, new Cached(stamp, day, gen, value, weight));
                cacheWeight += weight - (old == null ? 0 : old.weight());
                var eldest = cache.entrySet().iterator();
                while (cache.size() > CACHE_ENTRIES || cacheWeight > CACHE_WEIGHT) {
                    cacheWeight -= eldest.next().getValue().weight();
                    eldest.remove();
                }
            }
        }
        return value;
    }

    /** Drops every answer {@link #cached} keeps on this node, e.g. when the module's configuration changed. */
    public void forgetCached() {
        synchronized (cache) {
            generation++;
            cache.clear();
            cacheWeight = 0;
        }
    }

    public void check(UserContext user, String permission) {
        access.check(user, permission);
    }

    public void check(UserContext user, String permission, long nodeId) {
        access.check(user, permission, nodeId);
    }

    public boolean permitted(UserContext user, String permission) {
        return access.isPermitted(user, permission);
    }

    public boolean permitted(UserContext user, String permission, long nodeId) {
        return access.isPermitted(user, permission, nodeId);
    }

    /** Org node ids the user may touch with the permission (for {@code in :nodes} clauses). */
    public Set<Long> visible(UserContext user, String permission) {
        return access.visibleNodes(user, permission);
    }

    /**
     * Records an audit entry of the module in the running transaction ({@link #tx}): it commits with the change and is
     * gone if the change rolls back. Call it inside the transaction, once the record's id is known (after a flush for
     * a new one); for a read, before the data is returned.
     *
     * @throws IllegalStateException outside a transaction of the module's unit
     */
    public void audit(UserContext user, String action, String recordType, Object recordId, Long nodeId, String detail) {
        Jpa.onConnection(emf, c -> {
            audit.record(c, user, moduleId, action, recordType, recordId == null ? null : recordId.toString(), nodeId, detail);
            return null;
        });
    }

    /**
     * Records a read or export that returned these records, naming each of them: in the running transaction, or,
     * outside any (an answer from {@link #cached}), in a transaction of its own committed before this returns. Either
     * way before the data leaves.
     */
    public void auditRead(UserContext user, String action, String recordType, Collection<?> recordIds, String detail) {
        if (!Jpa.inTransaction(emf)) {
            audit.recordReadNow(user, moduleId, action, recordType, recordIds, detail);
            return;
        }
        Jpa.onConnection(emf, c -> {
            audit.recordRead(c, user, moduleId, action, recordType, recordIds, detail);
            return null;
        });
    }

    public OrgNode node(long id) {
        return org.node(id).orElseThrow(() -> NotFoundException.of(Text.of("组织节点", "Org node"), String.valueOf(id)));
    }

    /** The node of a code given in a request; an unknown or missing code is an input error on that field. */
    public OrgNode nodeByCode(String code, String field) {
        if (code == null || code.isBlank()) {
            throw ValidationException.of(field, Text.of("请填写单位编码", "the org code is required"));
        }
        return org.nodeByCode(code.strip()).orElseThrow(() -> ValidationException.of(field,
                Text.of("没有编码为 " + code.strip() + " 的单位", "no org unit has the code " + code.strip())));
    }

    /**
     * A query restricted to {@code :nodes}; an empty node set gives an empty list without asking the database (an
     * empty {@code in ()} is not valid SQL).
     */
    public static <T> List<T> inNodes(TypedQuery<T> query, Collection<Long> nodes) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        return query.setParameter("nodes", nodes).getResultList();
    }
}
