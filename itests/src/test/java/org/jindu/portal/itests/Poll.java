package org.jindu.portal.itests;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition by polling it, with a deadline; never a fixed sleep. */
public final class Poll {
    private Poll() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("timed out waiting for " + what, notYet);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    /** Checks, for the whole duration, that something does not happen (e.g. a half-written package being installed). */
    public static void never(String what, Duration duration, BooleanSupplier happened) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            if (happened.getAsBoolean()) {
                throw new AssertionError("it happened: " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    /** Polls until the supplier returns a value the condition accepts, and returns it. */
    public static <T> T until(String what, Duration timeout, Supplier<T> supplier, java.util.function.Predicate<T> accept) {
        Object[] last = new Object[1];
        until(what, timeout, () -> {
            T v = supplier.get();
            last[0] = v;
            return accept.test(v);
        });
        @SuppressWarnings("unchecked")
        T v = (T) last[0];
        return v;
    }
}
