package org.jindu.portal.support;

import java.sql.SQLException;
import java.util.Set;

import javax.persistence.OptimisticLockException;

import org.jindu.portal.api.BusyException;
import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Text;

/**
 * What a transaction that failed because of another one means to the user, so that every door (REST, SOAP, UI)
 * answers it as such and never as an internal error: a stale edit or a duplicate key is a conflict (409), a lock
 * timeout or a deadlock is "busy, try again" (503).
 */
final class Conflicts {
    static final Text STALE = Text.of("记录已被他人修改，请刷新后重试", "The record was changed by someone else; reload it and try again");
    static final Text DUPLICATE = Text.of("已有相同的记录（可能刚被他人录入），请刷新后核对",
            "The same record already exists (perhaps just entered by someone else); reload and check");
    static final Text BUSY = Text.of("记录正被他人处理，请稍后重试", "The record is being changed by someone else; try again shortly");
    /** Unique key violated (both databases). */
    private static final String UNIQUE = "23505";
    /** Derby lock timeout and deadlock, the standard serialization failure, PostgreSQL deadlock and lock timeout. */
    private static final Set<String> BUSY_STATES = Set.of("40XL1", "40XL2", "40001", "40P01", "55P03");

    private Conflicts() {
    }

    /**
     * The exception to throw instead of {@code e}: the portal exception it carries, a conflict or busy exception when
     * that is what happened, else {@code e}.
     */
    static RuntimeException translate(RuntimeException e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof PortalException pe) {
                // thrown inside a flush (an entity listener's input check) it arrives wrapped: the cause is the answer
                return pe;
            }
            if (t instanceof OptimisticLockException || t.getClass().getName().equals("org.apache.openjpa.util.OptimisticException")) {
                return new ConflictException(STALE, e);
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (UNIQUE.equals(s.getSQLState())) {
                        return new ConflictException(DUPLICATE, e);
                    }
                    if (BUSY_STATES.contains(s.getSQLState())) {
                        return new BusyException(BUSY, e);
                    }
                }
            }
        }
        return e;
    }
}
