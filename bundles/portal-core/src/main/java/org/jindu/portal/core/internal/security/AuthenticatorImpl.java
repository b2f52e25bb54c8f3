package org.jindu.portal.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.core.internal.audit.AuditLogImpl;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.security.AuthenticationException.Reason;
import org.jindu.portal.api.security.AuthenticationException;
import org.jindu.portal.api.security.Authenticator;
import org.jindu.portal.core.internal.config.CoreConfig;
import org.jindu.portal.core.internal.config.DemoMode;
import org.jindu.portal.core.internal.domain.LockoutPolicy;
import org.jindu.portal.core.internal.domain.PasswordPolicy;
import org.jindu.portal.core.internal.org.OrgAdminImpl;
import org.jindu.portal.core.internal.persistence.UserEntity;
import org.jindu.portal.platform.admin.OrgNodeDraft;
import org.jindu.portal.platform.admin.UserDraft;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password checks with lock-out, a short-lived cache of verified credentials for HTTP Basic clients, bearer tokens,
 * and the first-start setup of the administrator password.
 */
@Component(service = {Authenticator.class, AuthenticatorImpl.class}, configurationPid = CoreConfig.PID)
public class AuthenticatorImpl implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(AuthenticatorImpl.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserStore users;
    private final AuditLogImpl audit;
    private final OrgAdminImpl org;
    private final LockoutPolicy lockout;
    private final boolean demo;
    private final Duration tokenLifetime;
    private final Duration credentialCacheTime;
    private final byte[] cacheKey = new byte[32];
    private final Map<String, Cached> verified = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private volatile String setupCode;

    private record Cached(long userId, String passwordHash, LocalDateTime until) {
    }

    /** A bearer token; {@code known}: the account as last read, under the accounts' version then (null: not read yet). */
    private record Token(long userId, LocalDateTime until, Known known) {
    }

    /** An account as a token needs it; {@code context} null when the account is gone. */
    private record Known(long version, UserContext context, boolean enabled, LocalDateTime lockedUntil) {
    }

    @Activate
    public AuthenticatorImpl(@Reference UserStore users, @Reference AuditLogImpl audit, @Reference OrgAdminImpl org,
                             CoreConfig config) {
        this.users = users;
        this.audit = audit;
        this.org = org;
        this.lockout = new LockoutPolicy(config.maxFailedLogins(), Duration.ofMinutes(config.failureWindowMinutes()),
                Duration.ofMinutes(config.lockMinutes()));
        this.demo = DemoMode.isOn(config);
        this.tokenLifetime = Duration.ofMinutes(config.tokenLifetimeMinutes());
        this.credentialCacheTime = Duration.ofSeconds(config.credentialCacheSeconds());
        RANDOM.nextBytes(cacheKey);
        if (setupRequired()) {
            setupCode = HexFormat.of().formatHex(randomBytes(4)).toUpperCase();
            String message = "首次启动：请打开 http://localhost:8181/portal 用设置码 " + setupCode
                    + " 设置管理员密码 / First start: open http://localhost:8181/portal and set the administrator "
                    + "password with setup code " + setupCode;
            LOG.warn(message);
            System.out.println(message);
        }
    }

    @Override
    public UserContext authenticate(String username, String password, String remoteAddress) {
        if (setupRequired()) {
            throw new AuthenticationException(Reason.SETUP_REQUIRED);
        }
        String where = remoteAddress == null ? "" : " from " + remoteAddress;
        if (username == null || username.isBlank() || password == null || username.length() > 64) {
            throw new AuthenticationException(Reason.BAD_CREDENTIALS);
        }
        Optional<UserEntity> found = users.byUsername(username);
        if (found.isEmpty()) {
            users.hasher().dummyVerify(password);
            audit.recordAnonymous(username, PlatformPermissions.MODULE_ID, AuditAction.LOGIN_FAILED, "unknown user" + where);
            throw new AuthenticationException(Reason.BAD_CREDENTIALS);
        }
        UserEntity u = found.get();
        LocalDateTime now = LocalDateTime.now();
        LockoutPolicy.State state = new LockoutPolicy.State(u.getFailedCount(), u.getFirstFailedAt(), u.getLockedUntil());
        if (lockout.isLocked(state, now)) {
            audit.recordAnonymous(username, PlatformPermissions.MODULE_ID, AuditAction.LOGIN_FAILED, "account locked" + where);
            throw new AuthenticationException(Reason.LOCKED);
        }
        if (!u.isEnabled()) {
            audit.recordAnonymous(username, PlatformPermissions.MODULE_ID, AuditAction.LOGIN_FAILED, "account disabled" + where);
            throw new AuthenticationException(Reason.BAD_CREDENTIALS);
        }
        String cacheId = cacheId(username, password);
        Cached cached = verified.get(cacheId);
        if (cached != null && cached.userId() == u.getId() && cached.passwordHash().equals(u.getPasswordHash())
                && now.isBefore(cached.until())) {
            return UserStore.context(u);
        }
        UserEntity counted = countAttempt(u, username, now, where);
        if (!users.hasher().verify(password, counted.getPasswordHash())) {
            throw wrongPassword(counted, username, "wrong password", now, where);
        }
        String rehash = users.hasher().needsRehash(u.getPasswordHash()) ? users.hasher().hash(password) : null;
        UserEntity updated = audit.change(() -> {
            UserEntity changed = users.modify(u.getId(), e -> {
                e.setFailedCount(0);
                e.setFirstFailedAt(null);
                e.setLockedUntil(null);
                e.setLastLogin(now);
                if (rehash != null) {
                    e.setPasswordHash(rehash);
                }
            });
            audit.recordInTx(UserStore.context(changed), PlatformPermissions.MODULE_ID, AuditAction.LOGIN, "user",
                    String.valueOf(changed.getId()), null, "login" + where);
            return changed;
        });
        verified.put(cacheId, new Cached(updated.getId(), updated.getPasswordHash(), now.plus(credentialCacheTime)));
        evictExpired(now);
        return UserStore.context(updated);
    }

    /**
     * Counts an attempt as a failure before the (slow) password check, under the user row's lock: parallel guesses
     * cannot all pass the limit, at most maxFailures passwords are ever checked before the lock. A correct password
     * clears the count afterwards.
     *
     * @return the user as counted
     * @throws AuthenticationException LOCKED (audited) when the account was locked already
     */
    private UserEntity countAttempt(UserEntity u, String username, LocalDateTime now, String where) {
        LockoutPolicy.State[] before = new LockoutPolicy.State[1];
        UserEntity counted = users.modifyLocked(u.getId(), e -> {
            LockoutPolicy.State s = new LockoutPolicy.State(e.getFailedCount(), e.getFirstFailedAt(), e.getLockedUntil());
            before[0] = s;
            if (!lockout.isLocked(s, now)) {
                LockoutPolicy.State next = lockout.afterFailure(s, now);
                e.setFailedCount(next.failedCount());
                e.setFirstFailedAt(next.firstFailedAt());
                e.setLockedUntil(next.lockedUntil());
            }
        });
        if (lockout.isLocked(before[0], now)) {
            audit.recordAnonymous(username, PlatformPermissions.MODULE_ID, AuditAction.LOGIN_FAILED, "account locked" + where);
            throw new AuthenticationException(Reason.LOCKED);
        }
        return counted;
    }

    /** Audits a wrong password of a counted attempt and gives the exception to throw. */
    private AuthenticationException wrongPassword(UserEntity counted, String username, String what, LocalDateTime now, String where) {
        boolean locked = counted.getLockedUntil() != null && now.isBefore(counted.getLockedUntil());
        audit.recordAnonymous(username, PlatformPermissions.MODULE_ID, AuditAction.LOGIN_FAILED,
                what + ", failure " + counted.getFailedCount() + (locked ? ", account locked" : "") + where);
        return new AuthenticationException(locked ? Reason.LOCKED : Reason.BAD_CREDENTIALS);
    }

    /**
     * Checks a signed-in user's current password (before he changes it), counted against the lock-out like a login:
     * a stolen session cannot guess the password without locking the account.
     *
     * @throws ValidationException on {@code currentPassword} when wrong
     * @throws AuthenticationException LOCKED when the account is (now) locked
     */
    public void checkCurrentPassword(UserContext user, String password) {
        UserEntity u = users.byId(user.userId()).orElseThrow(() -> new AuthenticationException(Reason.BAD_CREDENTIALS));
        LocalDateTime now = LocalDateTime.now();
        UserEntity counted = countAttempt(u, u.getUsername(), now, "");
        if (password == null || !users.hasher().verify(password, counted.getPasswordHash())) {
            AuthenticationException e = wrongPassword(counted, u.getUsername(), "wrong current password", now, "");
            if (e.reason() == Reason.LOCKED) {
                throw e;
            }
            throw ValidationException.of("currentPassword", Text.of("当前密码错误", "The current password is wrong"));
        }
        users.modifyLocked(u.getId(), e -> {
            e.setFailedCount(0);
            e.setFirstFailedAt(null);
            e.setLockedUntil(null);
        });
    }

    @Override
    public String issueToken(UserContext user) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        tokens.put(sha256(token), new Token(user.userId(), LocalDateTime.now().plus(tokenLifetime), null));
        audit.change(() -> {
            audit.recordInTx(user, PlatformPermissions.MODULE_ID, "TOKEN_ISSUED", "user", String.valueOf(user.userId()), null,
                    "API token issued, valid " + tokenLifetime.toMinutes() + " min");
            return null;
        });
        return token;
    }

    @Override
    public Optional<UserContext> resolveToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String key = sha256(token);
        Token t = tokens.get(key);
        LocalDateTime now = LocalDateTime.now();
        if (t == null) {
            return Optional.empty();
        }
        if (!now.isBefore(t.until())) {
            tokens.remove(key);
            return Optional.empty();
        }
        // the account as committed now: a disabled or locked account loses its tokens at once, on every node
        long version = users.version();
        Known known = t.known();
        if (known == null || known.version() != version) {
            Optional<UserEntity> u = users.byId(t.userId());
            known = new Known(version, u.map(UserStore::context).orElse(null), u.map(UserEntity::isEnabled).orElse(false),
                    u.map(UserEntity::getLockedUntil).orElse(null));
            tokens.replace(key, t, new Token(t.userId(), t.until(), known));
        }
        if (known.context() == null || !known.enabled() || (known.lockedUntil() != null && now.isBefore(known.lockedUntil()))) {
            return Optional.empty();
        }
        return Optional.of(known.context());
    }

    @Override
    public void revokeToken(String token) {
        if (token != null) {
            tokens.remove(sha256(token));
        }
    }

    @Override
    public void loggedOut(UserContext user) {
        audit.change(() -> {
            audit.recordInTx(user, PlatformPermissions.MODULE_ID, AuditAction.LOGOUT, "user", String.valueOf(user.userId()), null, "logout");
            return null;
        });
    }

    /** Forgets verified credentials of a user, e.g. after his password changed or his account was disabled. */
    public void forget(long userId) {
        verified.values().removeIf(c -> c.userId() == userId);
        tokens.values().removeIf(t -> t.userId() == userId);
    }

    @Override
    public boolean setupRequired() {
        return !demo && !users.hasEnabledAdmin();
    }

    @Override
    public synchronized void completeSetup(String code, String username, String password) {
        if (!setupRequired()) {
            throw ValidationException.of("setupCode", Text.of("系统已初始化", "The portal is already set up"));
        }
        String expected = setupCode;
        if (expected == null || code == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                code.strip().toUpperCase().getBytes(StandardCharsets.UTF_8))) {
            audit.recordAnonymous(username, PlatformPermissions.MODULE_ID, AuditAction.LOGIN_FAILED, "wrong setup code");
            throw ValidationException.of("setupCode", Text.of("设置码错误", "Wrong setup code"));
        }
        String name = username == null || username.isBlank() ? "admin" : username.strip();
        Text weak = PasswordPolicy.problem(name, password);
        if (weak != null) {
            throw ValidationException.of("password", weak);
        }
        OrgNode root = org.store().root();
        if (root == null) {
            root = org.createNodeUnchecked(new OrgNodeDraft(null, "CITY", "本市", "City", OrgLevel.CITY, 0));
        }
        Set<Long> scope = Set.of(root.id());
        audit.change(() -> {
            UserEntity admin = users.create(new UserDraft(name, "系统管理员", Set.of(Role.SYSTEM_ADMIN), scope, Set.of(), true, password));
            audit.recordInTx(UserStore.context(admin), PlatformPermissions.MODULE_ID, AuditAction.CREATE, "user",
                    String.valueOf(admin.getId()), null, "first administrator set up");
            return null;
        });
        setupCode = null;
    }

    private void evictExpired(LocalDateTime now) {
        if (verified.size() > 1000) {
            verified.values().removeIf(c -> !now.isBefore(c.until()));
        }
        if (tokens.size() > 1000) {
            tokens.values().removeIf(t -> !now.isBefore(t.until()));
        }
    }

    private String cacheId(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
