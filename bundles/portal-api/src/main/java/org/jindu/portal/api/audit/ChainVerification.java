package org.jindu.portal.api.audit;

/**
 * Result of verifying the hash chain.
 *
 * @param intact        whether every entry's hash and link are correct
 * @param checked       how many entries were checked
 * @param firstBrokenSeq sequence number of the first entry whose hash or link is wrong, or of the first missing
 *                      sequence number; 0 when intact
 * @param reason        what is wrong with that entry, or {@code null}
 */
public record ChainVerification(boolean intact, long checked, long firstBrokenSeq, String reason) {
}
