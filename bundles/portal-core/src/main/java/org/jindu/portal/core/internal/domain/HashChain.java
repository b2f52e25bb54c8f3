package org.jindu.portal.core.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The audit log's hash chain: each entry's hash covers all its fields and the previous entry's hash, so that
 * changing, inserting or deleting an entry breaks every later link. Fields are length-prefixed before hashing so
 * that moving characters between fields changes the hash too.
 */
public final class HashChain {
    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** The fields of an entry as the chain sees them. */
    public record Link(long seq, LocalDateTime time, long actorId, String actor, String action, String moduleId,
                       String recordType, String recordId, Long orgNodeId, String detail, String prevHash) {

        /** Time truncated to milliseconds: what every supported database stores exactly. */
        public Link {
            time = time.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    public static String hash(Link l) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, Long.toString(l.seq()));
        field(sb, l.time().toString());
        field(sb, Long.toString(l.actorId()));
        field(sb, l.actor());
        field(sb, l.action());
        field(sb, l.moduleId());
        field(sb, l.recordType());
        field(sb, l.recordId());
        field(sb, l.orgNodeId() == null ? null : l.orgNodeId().toString());
        field(sb, l.detail());
        field(sb, l.prevHash());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-1:");
        } else {
            sb.append(value.length()).append(':').append(value);
        }
        sb.append('|');
    }

    /**
     * Checks one stored entry against its predecessor.
     *
     * @param expectedSeq     the sequence number the entry must have
     * @param expectedPrev    the hash of the previous entry (or {@link #GENESIS})
     * @param stored          the stored fields
     * @param storedHash      the stored hash
     * @return {@code null} when the entry is sound, otherwise what is wrong
     */
    public static String check(long expectedSeq, String expectedPrev, Link stored, String storedHash) {
        if (stored.seq() != expectedSeq) {
            return "entry " + expectedSeq + " is missing (next stored entry is " + stored.seq() + ")";
        }
        if (!expectedPrev.equals(stored.prevHash())) {
            return "entry " + stored.seq() + " does not link to the previous entry's hash";
        }
        if (!hash(stored).equals(storedHash)) {
            return "entry " + stored.seq() + " was altered (its content does not match its hash)";
        }
        return null;
    }
}
