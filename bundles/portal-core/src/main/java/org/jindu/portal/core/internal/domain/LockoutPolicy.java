package org.jindu.portal.core.internal.domain;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Lock-out after repeated failed logins: {@code maxFailures} failures within {@code window} lock the account for
 * {@code lockDuration}. A failure outside the window starts a new count. While locked, even the right password is
 * refused, so that guessing cannot continue at full speed.
 */
public final class LockoutPolicy {
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;

    public LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /** The state of one account's failures. */
    public record State(int failedCount, LocalDateTime firstFailedAt, LocalDateTime lockedUntil) {
        public static final State CLEAR = new State(0, null, null);
    }

    public boolean isLocked(State s, LocalDateTime now) {
        return s.lockedUntil() != null && now.isBefore(s.lockedUntil());
    }

    /**
     * The state after one more failure at {@code now}. Failures during a lock do not extend it: otherwise anyone
     * could keep a colleague locked out for ever by typing his user name.
     */
    public State afterFailure(State s, LocalDateTime now) {
        if (isLocked(s, now)) {
            return s;
        }
        boolean fresh = s.firstFailedAt() == null || now.isAfter(s.firstFailedAt().plus(window)) || s.lockedUntil() != null;
        int count = fresh ? 1 : s.failedCount() + 1;
        LocalDateTime first = fresh ? now : s.firstFailedAt();
        LocalDateTime lockedUntil = count >= maxFailures ? now.plus(lockDuration) : null;
        return new State(count, first, lockedUntil);
    }

    public State afterSuccess() {
        return State.CLEAR;
    }
}
