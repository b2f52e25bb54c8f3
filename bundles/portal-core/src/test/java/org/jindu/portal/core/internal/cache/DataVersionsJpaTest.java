package org.jindu.portal.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jindu.portal.api.cache.DataVersions;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.core.internal.CoreFixture;
import org.jindu.portal.platform.admin.OrgNodeDraft;
import org.jindu.portal.support.Jpa;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Data versions in the database (on Derby, and on PostgreSQL when the tests run there): transactional, per area. */
class DataVersionsJpaTest {
    private CoreFixture core;

    @BeforeEach
    void setUp() throws Exception {
        core = new CoreFixture(false);
    }

    @AfterEach
    void tearDown() throws Exception {
        core.close();
    }

    private void change(String area, boolean commit) {
        try {
            Jpa.run(core.db.emf, em -> {
                Jpa.onConnection(core.db.emf, c -> {
                    core.versions.changed(c, area);
                    return null;
                });
                if (!commit) {
                    throw new IllegalStateException("rolled back");
                }
            });
        } catch (IllegalStateException e) {
            assertThat(e).hasMessage("rolled back");
        }
    }

    @Test
    void aCommittedChangeMovesItsAreaOnlyAndARolledBackOneNothing() {
        long none = core.versions.stamp(List.of("a", "b"));
        assertThat(none).isZero();
        change("a", true);
        long afterA = core.versions.stamp(List.of("a", "b"));
        assertThat(afterA).isGreaterThan(none);
        assertThat(core.versions.stamp(List.of("b"))).isZero();
        change("a", false);
        change("b", false);
        assertThat(core.versions.stamp(List.of("a", "b"))).isEqualTo(afterA);
        change("b", true);
        assertThat(core.versions.stamp(List.of("a", "b"))).isGreaterThan(afterA);
    }

    @Test
    void aChangeNotYetCommittedIsNotSeenByOthers() throws Exception {
        change("a", true);
        long committed = core.versions.stamp(List.of("a"));
        ExecutorService other = Executors.newSingleThreadExecutor();
        List<Future<Long>> read = new ArrayList<>();
        assertThatThrownBy(() -> Jpa.run(core.db.emf, em -> {
            Jpa.onConnection(core.db.emf, c -> {
                core.versions.changed(c, "a");
                return null;
            });
            read.add(other.submit(() -> core.versions.stamp(List.of("a"))));
            try {
                // PostgreSQL answers the committed version; Derby waits for this transaction's row lock
                assertThat(read.get(0).get(1, TimeUnit.SECONDS)).isEqualTo(committed);
            } catch (TimeoutException waiting) {
                // still waiting: nothing uncommitted was seen
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(read.get(0).get(30, TimeUnit.SECONDS)).isEqualTo(committed);
        other.shutdown();
    }

    @Test
    void firstChangesOfANewAreaInParallelAllCommit() throws Exception {
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            done.add(pool.submit((Callable<Void>) () -> {
                start.await();
                change("fresh", true);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(core.versions.stamp(List.of("fresh"))).isEqualTo(n);
    }

    @Test
    void anOrgChangeMovesTheOrgArea() {
        long before = core.versions.stamp(List.of(DataVersions.ORG));
        core.orgAdmin.createNodeUnchecked(new OrgNodeDraft(null, "X", "某市", "A city", OrgLevel.CITY, 0));
        assertThat(core.versions.stamp(List.of(DataVersions.ORG))).isGreaterThan(before);
    }

    @Test
    void areasAreNamedSensibly() {
        assertThatThrownBy(() -> core.versions.stamp(List.of(""))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> core.versions.changed(null, "x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }
}
