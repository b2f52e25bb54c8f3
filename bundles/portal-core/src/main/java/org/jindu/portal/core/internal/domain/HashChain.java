package org.jindu.portal.core.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jindu.portal.api.audit.ChainVerification.Problem;

/**
 * The audit log's chain: each entry's seal is an HMAC-SHA256, under a key kept outside the database, over all its
 * fields and the previous entry's seal, so that changing, inserting or deleting an entry breaks every later link, and
 * recomputing the chain needs the key. Fields are length-prefixed so that moving characters between fields changes the
 * seal too.
 */
public final class HashChain {
    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private final SecretKeySpec key;

    public HashChain(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The fields of an entry as the chain sees them; {@code recordIds} as stored (comma-framed), or {@code null}. */
    public record Link(long seq, LocalDateTime time, long actorId, String actor, String action, String moduleId,
                       String recordType, String recordId, String recordIds, Long orgNodeId, String detail,
                       String prevHash) {

        /** Time truncated to milliseconds: what every supported database stores exactly. */
        public Link {
            time = time.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    /** A finding about one entry. */
    public record Finding(Problem problem, String reason) {
    }

    public String seal(Link l) {
        StringBuilder sb = fields(l);
        field(sb, l.recordIds());
        return mac(sb.toString());
    }

    /** A MAC over any text under the chain's key (the checkpoint file's). */
    public String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unkeyed SHA-256 of the chain before version 2 of the audit schema; only to verify it before sealing it. */
    public static String legacyHash(Link l) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(fields(l).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StringBuilder fields(Link l) {
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
        return sb;
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
     * @param expectedSeq  the sequence number the entry must have
     * @param expectedPrev the seal of the previous entry (or {@link #GENESIS})
     * @param stored       the stored fields
     * @param storedSeal   the stored seal
     * @return {@code null} when the entry is sound, otherwise what is wrong
     */
    public Finding check(long expectedSeq, String expectedPrev, Link stored, String storedSeal) {
        if (stored.seq() != expectedSeq) {
            return new Finding(Problem.MISSING, "entry " + expectedSeq + " is missing (the next stored entry is "
                    + stored.seq() + "): entries were deleted");
        }
        if (!expectedPrev.equals(stored.prevHash())) {
            return new Finding(Problem.NOT_LINKED, "entry " + stored.seq()
                    + " does not link to the previous entry's seal: entries were inserted, reordered or deleted");
        }
        if (!seal(stored).equals(storedSeal)) {
            return new Finding(Problem.ALTERED, "entry " + stored.seq() + " does not match its seal: it was edited,"
                    + " or the chain was recomputed without the portal's key");
        }
        return null;
    }
}
