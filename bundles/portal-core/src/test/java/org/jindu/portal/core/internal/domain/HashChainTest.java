package org.jindu.portal.core.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** PF-4 tamper evidence of the audit chain, without a database. */
class HashChainTest {
    static HashChain.Link link(long seq, String detail, String prev) {
        return new HashChain.Link(seq, LocalDateTime.of(2026, 11, 28, 10, 0, 0, 123_456_789), 7, "office", "UPDATE",
                "portal", "user", "42", 3L, detail, prev);
    }

    @Test
    void chainOfThreeVerifies() {
        HashChain.Link a = link(1, "a", HashChain.GENESIS);
        String ha = HashChain.hash(a);
        HashChain.Link b = link(2, "b", ha);
        String hb = HashChain.hash(b);
        assertThat(HashChain.check(1, HashChain.GENESIS, a, ha)).isNull();
        assertThat(HashChain.check(2, ha, b, hb)).isNull();
    }

    @Test
    void alteredContentIsNamed() {
        HashChain.Link a = link(1, "a", HashChain.GENESIS);
        String ha = HashChain.hash(a);
        assertThat(HashChain.check(1, HashChain.GENESIS, link(1, "A", HashChain.GENESIS), ha))
                .isEqualTo("entry 1 was altered (its content does not match its hash)");
    }

    @Test
    void aDeletedEntryIsNamed() {
        HashChain.Link c = link(3, "c", "x".repeat(64));
        assertThat(HashChain.check(2, "x".repeat(64), c, HashChain.hash(c))).isEqualTo("entry 2 is missing (next stored entry is 3)");
    }

    @Test
    void aBrokenLinkIsNamed() {
        HashChain.Link b = link(2, "b", "y".repeat(64));
        assertThat(HashChain.check(2, "x".repeat(64), b, HashChain.hash(b))).contains("does not link");
    }

    @Test
    void movingCharactersBetweenFieldsChangesTheHash() {
        HashChain.Link one = new HashChain.Link(1, LocalDateTime.of(2026, 1, 1, 0, 0), 1, "ab", "c", "m", null, null, null, null, HashChain.GENESIS);
        HashChain.Link two = new HashChain.Link(1, LocalDateTime.of(2026, 1, 1, 0, 0), 1, "a", "bc", "m", null, null, null, null, HashChain.GENESIS);
        assertThat(HashChain.hash(one)).isNotEqualTo(HashChain.hash(two));
    }

    @Test
    void timeIsHashedAtMillisecondPrecision() {
        HashChain.Link nanos = link(1, "a", HashChain.GENESIS);
        HashChain.Link millis = new HashChain.Link(1, LocalDateTime.of(2026, 11, 28, 10, 0, 0, 123_000_000), 7, "office",
                "UPDATE", "portal", "user", "42", 3L, "a", HashChain.GENESIS);
        assertThat(HashChain.hash(nanos)).isEqualTo(HashChain.hash(millis));
    }
}
