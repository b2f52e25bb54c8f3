package org.jindu.portal.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.PersistenceException;

import org.apache.openjpa.persistence.OpenJPAEntityManager;

/**
 * Runs work in a resource-local transaction of one persistence unit. A call made while another call on the same
 * factory is running in the same thread joins that transaction and entity manager, so service methods compose:
 * the outermost call commits, or rolls back when anything inside throws.
 *
 * <pre>{@code
 * Application a = Jpa.tx(emf, em -> em.find(ApplicationEntity.class, id));
 * }</pre>
 */
public final class Jpa {
    private static final ThreadLocal<Map<EntityManagerFactory, EntityManager>> CURRENT = ThreadLocal.withInitial(HashMap::new);

    private Jpa() {
    }

    /** Runs {@code work} in a transaction and returns its result. */
    public static <T> T tx(EntityManagerFactory emf, Function<EntityManager, T> work) {
        Map<EntityManagerFactory, EntityManager> open = CURRENT.get();
        EntityManager joined = open.get(emf);
        if (joined != null) {
            return work.apply(joined);
        }
        EntityManager em = emf.createEntityManager();
        open.put(emf, em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                try {
                    tx.rollback();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            if (e instanceof RuntimeException re) {
                throw Conflicts.translate(re);
            }
            throw e;
        } finally {
            open.remove(emf);
            if (open.isEmpty()) {
                CURRENT.remove();
            }
            em.close();
        }
    }

    /**
     * Runs {@code work} in a transaction of its own, even inside another {@link #tx} on the same factory: it
     * commits (or rolls back) independently of the outer one. Calls nested inside {@code work} join the new one.
     */
    public static <T> T txNew(EntityManagerFactory emf, Function<EntityManager, T> work) {
        Map<EntityManagerFactory, EntityManager> open = CURRENT.get();
        EntityManager outer = open.remove(emf);
        try {
            return tx(emf, work);
        } finally {
            if (outer != null) {
                CURRENT.get().put(emf, outer);
            }
        }
    }

    /** Runs {@code work} in a transaction. */
    public static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
        tx(emf, em -> {
            work.accept(em);
            return null;
        });
    }

    /**
     * Runs {@code work} on the JDBC connection of the transaction that {@link #tx} has open on this factory in this
     * thread, for statements that must commit or roll back with it (the audit entry). OpenJPA begins its database
     * transaction lazily, at the first flush, and until then hands out a connection that commits every statement on
     * its own; this begins it first. The connection stays the transaction's: do not close it.
     *
     * @throws IllegalStateException outside {@link #tx} on this factory
     */
    public static <T> T onConnection(EntityManagerFactory emf, Function<Connection, T> work) {
        EntityManager em = CURRENT.get().get(emf);
        if (em == null) {
            // e.g. an audit entry in a transaction of its own could commit without its change, or survive its rollback
            throw new IllegalStateException("not inside Jpa.tx on this persistence unit: what must commit with a"
                    + " transaction (an audit entry) is written inside it");
        }
        OpenJPAEntityManager openJpa = em.unwrap(OpenJPAEntityManager.class);
        if (!openJpa.isStoreActive()) {
            openJpa.beginStore();
        }
        // OpenJPA counts the handles to its connection and keeps it from the pool until each is closed
        try (Connection handle = (Connection) openJpa.getConnection()) {
            return work.apply(handle);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Whether the current thread is inside {@link #tx} on this factory. */
    public static boolean inTransaction(EntityManagerFactory emf) {
        return CURRENT.get().containsKey(emf);
    }
}
