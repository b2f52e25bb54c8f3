package org.jindu.portal.api.security;

import java.util.Optional;

import org.jindu.portal.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks credentials against the portal's users. Failed attempts are counted per user name: after the configured
 * number (default 5 within 15 minutes) the account is locked for the configured time (default 15 minutes), and
 * every failure and every success is audited. A successful password check is remembered for a few minutes (keyed
 * by a keyed hash, never the password), so that REST clients using HTTP Basic do not pay the slow KDF on every call.
 */
@ProviderType
public interface Authenticator {

    /**
     * @param remoteAddress the client's address, for the audit log (may be {@code null})
     * @throws AuthenticationException when the credentials are wrong, the account is locked or disabled, or the
     *                                 portal still waits for its first administrator password
     */
    UserContext authenticate(String username, String password, String remoteAddress);

    /** Issues a bearer token for agency clients; it expires after the configured lifetime (default 8 hours). */
    String issueToken(UserContext user);

    /** The user of a valid, unexpired token. */
    Optional<UserContext> resolveToken(String token);

    void revokeToken(String token);

    /** Records a logout in the audit log. */
    void loggedOut(UserContext user);

    /** Whether the portal still needs its first administrator password (never in demo mode). */
    boolean setupRequired();

    /**
     * Sets the first administrator's password.
     *
     * @param setupCode the one-time code the portal printed to its console and log at first start
     * @throws org.jindu.portal.api.ValidationException when the code is wrong or the password too weak
     */
    void completeSetup(String setupCode, String username, String password);
}
