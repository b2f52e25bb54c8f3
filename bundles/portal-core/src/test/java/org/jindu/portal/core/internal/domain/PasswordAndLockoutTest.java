package org.jindu.portal.core.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class PasswordAndLockoutTest {
    final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void hashesAreSaltedAndVerifiable() {
        String h1 = hasher.hash("secret123");
        String h2 = hasher.hash("secret123");
        assertThat(h1).startsWith("pbkdf2-sha256$1000$").doesNotContain("secret123").isNotEqualTo(h2);
        assertThat(hasher.verify("secret123", h1)).isTrue();
        assertThat(hasher.verify("secret124", h1)).isFalse();
        assertThat(hasher.verify("secret123", "garbage")).isFalse();
        assertThat(hasher.verify("secret123", null)).isFalse();
    }

    @Test
    void aHigherIterationCountAsksForARehash() {
        String old = hasher.hash("secret123");
        PasswordHasher stronger = new PasswordHasher(2000);
        assertThat(stronger.verify("secret123", old)).isTrue();
        assertThat(stronger.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(old)).isFalse();
    }

    @Test
    void passwordPolicy() {
        assertThat(PasswordPolicy.problem("u", "short1")).isNotNull();
        assertThat(PasswordPolicy.problem("u", "onlyletters")).isNotNull();
        assertThat(PasswordPolicy.problem("u", "12345678")).isNotNull();
        assertThat(PasswordPolicy.problem("abc12345", "ABC12345")).isNotNull();
        assertThat(PasswordPolicy.problem("u", "letters123")).isNull();
    }

    final LockoutPolicy lockout = new LockoutPolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(10));
    final LocalDateTime t0 = LocalDateTime.of(2026, 11, 28, 9, 0);

    @Test
    void locksAfterMaxFailuresWithinTheWindow() {
        LockoutPolicy.State s = LockoutPolicy.State.CLEAR;
        s = lockout.afterFailure(s, t0);
        s = lockout.afterFailure(s, t0.plusMinutes(1));
        assertThat(lockout.isLocked(s, t0.plusMinutes(1))).isFalse();
        s = lockout.afterFailure(s, t0.plusMinutes(2));
        assertThat(lockout.isLocked(s, t0.plusMinutes(2))).isTrue();
        assertThat(lockout.isLocked(s, t0.plusMinutes(11))).isTrue();
        assertThat(lockout.isLocked(s, t0.plusMinutes(12))).isFalse();
    }

    @Test
    void failuresOutsideTheWindowStartANewCount() {
        LockoutPolicy.State s = lockout.afterFailure(LockoutPolicy.State.CLEAR, t0);
        s = lockout.afterFailure(s, t0.plusMinutes(1));
        s = lockout.afterFailure(s, t0.plusMinutes(20));
        assertThat(s.failedCount()).isEqualTo(1);
        assertThat(lockout.isLocked(s, t0.plusMinutes(20))).isFalse();
    }

    @Test
    void failuresDuringALockDoNotExtendIt() {
        LockoutPolicy.State s = LockoutPolicy.State.CLEAR;
        for (int i = 0; i < 3; i++) {
            s = lockout.afterFailure(s, t0);
        }
        LockoutPolicy.State during = lockout.afterFailure(s, t0.plusMinutes(5));
        assertThat(during).isEqualTo(s);
        LockoutPolicy.State after = lockout.afterFailure(s, t0.plusMinutes(11));
        assertThat(after.failedCount()).isEqualTo(1);
        assertThat(lockout.afterSuccess()).isEqualTo(LockoutPolicy.State.CLEAR);
    }
}
