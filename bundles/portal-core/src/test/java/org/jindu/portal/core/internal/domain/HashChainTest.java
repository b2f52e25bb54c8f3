package org.jindu.portal.core.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.jindu.portal.api.audit.ChainVerification.Problem;
import org.junit.jupiter.api.Test;

/** PF-4 tamper evidence of the audit chain, without a database. */
class HashChainTest {
    static final HashChain CHAIN = new HashChain("the portal's audit key, 32 bytes".getBytes(StandardCharsets.UTF_8));

    static HashChain.Link link(long seq, String detail, String prev) {
        return new HashChain.Link(seq, LocalDateTime.of(2026, 11, 28, 10, 0, 0, 123_456_789), 7, "office", "UPDATE",
                "portal", "user", "42", null, 3L, detail, prev);
    }

    @Test
    void chainOfThreeVerifies() {
        HashChain.Link a = link(1, "a", HashChain.GENESIS);
        String ha = CHAIN.seal(a);
        HashChain.Link b = link(2, "b", ha);
        String hb = CHAIN.seal(b);
        assertThat(CHAIN.check(1, HashChain.GENESIS, a, ha)).isNull();
        assertThat(CHAIN.check(2, ha, b, hb)).isNull();
    }

    @Test
    void alteredContentIsNamed() {
        HashChain.Link a = link(1, "a", HashChain.GENESIS);
        String ha = CHAIN.seal(a);
        HashChain.Finding f = CHAIN.check(1, HashChain.GENESIS, link(1, "A", HashChain.GENESIS), ha);
        assertThat(f.problem()).isEqualTo(Problem.ALTERED);
        assertThat(f.reason()).startsWith("entry 1 does not match its seal");
    }

    @Test
    void aSealMadeWithoutTheKeyIsNotAccepted() {
        HashChain.Link a = link(1, "a", HashChain.GENESIS);
        HashChain other = new HashChain("somebody else's key, not ours!!!".getBytes(StandardCharsets.UTF_8));
        assertThat(CHAIN.check(1, HashChain.GENESIS, a, other.seal(a)).problem()).isEqualTo(Problem.ALTERED);
        assertThat(CHAIN.check(1, HashChain.GENESIS, a, HashChain.legacyHash(a)).problem()).isEqualTo(Problem.ALTERED);
    }

    @Test
    void aDeletedEntryIsNamed() {
        HashChain.Link c = link(3, "c", "x".repeat(64));
        HashChain.Finding f = CHAIN.check(2, "x".repeat(64), c, CHAIN.seal(c));
        assertThat(f.problem()).isEqualTo(Problem.MISSING);
        assertThat(f.reason()).startsWith("entry 2 is missing (the next stored entry is 3)");
    }

    @Test
    void aBrokenLinkIsNamed() {
        HashChain.Link b = link(2, "b", "y".repeat(64));
        assertThat(CHAIN.check(2, "x".repeat(64), b, CHAIN.seal(b)).problem()).isEqualTo(Problem.NOT_LINKED);
    }

    @Test
    void movingCharactersBetweenFieldsChangesTheSeal() {
        HashChain.Link one = new HashChain.Link(1, LocalDateTime.of(2026, 1, 1, 0, 0), 1, "ab", "c", "m", null, null, null, null, null, HashChain.GENESIS);
        HashChain.Link two = new HashChain.Link(1, LocalDateTime.of(2026, 1, 1, 0, 0), 1, "a", "bc", "m", null, null, null, null, null, HashChain.GENESIS);
        assertThat(CHAIN.seal(one)).isNotEqualTo(CHAIN.seal(two));
    }

    @Test
    void theRecordsOfAListReadAreSealed() {
        HashChain.Link read = new HashChain.Link(1, LocalDateTime.of(2026, 1, 1, 0, 0), 1, "a", "READ_PERSONAL", "control",
                "person", null, ",1,2,3,", null, null, HashChain.GENESIS);
        HashChain.Link fewer = new HashChain.Link(1, LocalDateTime.of(2026, 1, 1, 0, 0), 1, "a", "READ_PERSONAL", "control",
                "person", null, ",1,2,", null, null, HashChain.GENESIS);
        assertThat(CHAIN.seal(read)).isNotEqualTo(CHAIN.seal(fewer));
    }

    @Test
    void timeIsSealedAtMillisecondPrecision() {
        HashChain.Link nanos = link(1, "a", HashChain.GENESIS);
        HashChain.Link millis = new HashChain.Link(1, LocalDateTime.of(2026, 11, 28, 10, 0, 0, 123_000_000), 7, "office",
                "UPDATE", "portal", "user", "42", null, 3L, "a", HashChain.GENESIS);
        assertThat(CHAIN.seal(nanos)).isEqualTo(CHAIN.seal(millis));
    }
}
