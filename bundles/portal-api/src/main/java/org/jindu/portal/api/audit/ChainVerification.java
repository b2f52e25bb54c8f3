package org.jindu.portal.api.audit;

/**
 * Result of verifying the audit chain.
 *
 * @param intact         whether every entry's seal and link are correct and the chain reaches the checkpoint
 * @param checked        how many entries were checked
 * @param firstBrokenSeq sequence number of the first entry found wrong or missing; 0 when intact
 * @param problem        what kind of problem that is, or {@code null} when intact
 * @param reason         the finding in words (entry numbers, the checkpoint's file), or {@code null} when intact
 */
public record ChainVerification(boolean intact, long checked, long firstBrokenSeq, Problem problem, String reason) {

    /** What verification can find. */
    public enum Problem {
        /** An entry's content does not match its seal: edited in the database. */
        ALTERED,
        /** An entry does not link to its predecessor's seal, or carries a seal the portal's key did not make: entries
         *  were inserted, reordered or the chain recomputed without the key. */
        NOT_LINKED,
        /** A sequence number is missing inside the chain: entries were deleted. */
        MISSING,
        /** The chain ends before the checkpoint kept outside the database: the last entries were deleted. */
        TAIL_DELETED,
        /** The entry at the checkpoint is not the one sealed there: the database was replaced or rewritten. */
        CHECKPOINT_MISMATCH
    }

    public static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, 0, null, null);
    }

    public static ChainVerification broken(long checked, long seq, Problem problem, String reason) {
        return new ChainVerification(false, checked, seq, problem, reason);
    }
}
