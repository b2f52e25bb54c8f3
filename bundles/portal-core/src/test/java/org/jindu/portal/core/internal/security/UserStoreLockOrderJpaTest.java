package org.jindu.portal.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jindu.portal.api.Role;
import org.jindu.portal.core.internal.CoreFixture;
import org.jindu.portal.platform.admin.UserDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An account edited while someone logs in to it: every transaction takes the user's row before the accounts' version
 * row, so the two never wait for each other in a cycle (on Derby a cycle would end only at its deadlock timeout, 20 s,
 * as an error).
 */
class UserStoreLockOrderJpaTest {
    private CoreFixture core;

    @BeforeEach
    void setUp() throws Exception {
        core = new CoreFixture(false);
    }

    @AfterEach
    void tearDown() throws Exception {
        core.close();
    }

    @Test
    void editsAndLoginCountingOfOneAccountInParallelNeverDeadlock() throws Exception {
        long id = core.users.create(new UserDraft("race", "竞争", Set.of(Role.LEADER), Set.of(), Set.of(), true, "Secret123")).getId();
        long before = core.users.version();
        int rounds = 30;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Future<?> edits = pool.submit(() -> {
            go.await();
            for (int i = 0; i < rounds; i++) {
                String name = "竞争" + i;
                core.users.modify(id, u -> u.setDisplayName(name));
            }
            return null;
        });
        Future<?> locks = pool.submit(() -> {
            go.await();
            for (int i = 0; i < rounds; i++) {
                LocalDateTime until = i % 2 == 0 ? LocalDateTime.now().plusMinutes(1) : null;
                core.users.modifyLocked(id, u -> u.setLockedUntil(until));
            }
            return null;
        });
        go.countDown();
        edits.get();
        locks.get();
        pool.shutdown();
        assertThat(core.users.version()).isEqualTo(before + 2L * rounds);
        // a change nothing behind a token depends on leaves the version alone
        core.users.modify(id, u -> u.setLastLogin(LocalDateTime.now()));
        assertThat(core.users.version()).isEqualTo(before + 2L * rounds);
        assertThat(List.of(core.users.byId(id).orElseThrow().getDisplayName())).containsExactly("竞争" + (rounds - 1));
    }
}
