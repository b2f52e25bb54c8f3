package org.jindu.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.RollbackException;

import org.jindu.portal.api.BusyException;
import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.junit.jupiter.api.Test;

class ConflictsTest {
    @Test
    void aStaleEditIsAConflict() {
        RuntimeException e = new RollbackException("commit failed", new OptimisticLockException("row changed"));
        assertThat(Conflicts.translate(e)).isInstanceOf(ConflictException.class).hasCause(e)
                .satisfies(c -> assertThat(((ConflictException) c).text()).isEqualTo(Conflicts.STALE));
    }

    @Test
    void aDuplicateKeyIsAConflictOnBothDatabases() {
        SQLException derby = new SQLException("The statement was aborted because it would have caused a duplicate key value", "23505", 20000);
        assertThat(Conflicts.translate(new PersistenceException(new PersistenceException(derby)))).isInstanceOf(ConflictException.class)
                .satisfies(c -> assertThat(((ConflictException) c).text()).isEqualTo(Conflicts.DUPLICATE));
        SQLException batch = new SQLException("Batch entry 0 was aborted", "null");
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(Conflicts.translate(new PersistenceException(batch))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aLockTimeoutOrDeadlockIsBusy() {
        for (String state : new String[] {"40XL1", "40XL2", "40001", "40P01", "55P03"}) {
            assertThat(Conflicts.translate(new PersistenceException(new SQLException("lock", state)))).as(state)
                    .isInstanceOf(BusyException.class);
        }
    }

    @Test
    void anythingElseStaysWhatItWas() {
        RuntimeException other = new PersistenceException(new SQLException("syntax", "42X01"));
        assertThat(Conflicts.translate(other)).isSameAs(other);
        NotFoundException notFound = NotFoundException.of(Text.of("人员", "person"), 5L);
        assertThat(Conflicts.translate(notFound)).isSameAs(notFound);
        IllegalStateException plain = new IllegalStateException("x");
        assertThat(Conflicts.translate(plain)).isSameAs(plain);
    }
}
