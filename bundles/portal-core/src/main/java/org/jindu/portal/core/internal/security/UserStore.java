package org.jindu.portal.core.internal.security;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.cache.DataVersions;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.core.internal.config.CoreConfig;
import org.jindu.portal.core.internal.domain.PasswordHasher;
import org.jindu.portal.core.internal.persistence.UserEntity;
import org.jindu.portal.platform.admin.UserDraft;
import org.jindu.portal.platform.admin.UserInfo;
import org.jindu.portal.support.Jpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Storage of portal users, without permission checks (callers check). The only place that hashes passwords, so
 * that a clear password never travels further than here.
 */
@Component(service = UserStore.class, configurationPid = CoreConfig.PID)
public class UserStore {
    /** The data area of the accounts (see {@link #version}). */
    static final String AREA = "users";
    private final EntityManagerFactory emf;
    private final DataVersions versions;
    private final PasswordHasher hasher;

    @Activate
    public UserStore(@Reference(target = "(osgi.unit.name=portal.core)") EntityManagerFactory emf,
                     @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.core)") SchemaReady schema,
                     @Reference DataVersions versions, CoreConfig config) {
        this.emf = emf;
        this.versions = versions;
        this.hasher = new PasswordHasher(config.pbkdf2Iterations());
    }

    /**
     * A stamp that moves on with every committed change of any account on any node: what is kept from an account (the
     * context behind a bearer token) is used only while it has not moved.
     */
    public long version() {
        return versions.stamp(List.of(AREA));
    }

    /**
     * What the context behind a bearer token depends on: the accounts' version moves only when this changes, not with
     * every login time or failure count (which would make every token re-read its account after any login).
     */
    private record TokenView(String username, String displayName, boolean enabled, java.time.LocalDateTime lockedUntil,
                             Set<?> roles, Set<?> scope, Set<?> units) {
        static TokenView of(UserEntity u) {
            return new TokenView(u.getUsername(), u.getDisplayName(), u.isEnabled(), u.getLockedUntil(),
                    u.getRoles() == null ? Set.of() : Set.copyOf(u.getRoles()),
                    u.getScopeNodeIds() == null ? Set.of() : Set.copyOf(u.getScopeNodeIds()),
                    u.getUnitCodes() == null ? Set.of() : Set.copyOf(u.getUnitCodes()));
        }
    }

    private void changed(EntityManager em) {
        // the user's row first, the version row last: every transaction takes the version row's lock last (no lock cycle)
        em.flush();
        Jpa.onConnection(emf, c -> {
            versions.changed(c, AREA);
            return null;
        });
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public Optional<UserEntity> byUsername(String username) {
        return Jpa.tx(emf, em -> em.createQuery("select u from UserEntity u where u.username = :n", UserEntity.class)
                .setParameter("n", username).getResultList().stream().findFirst());
    }

    public Optional<UserEntity> byId(long id) {
        return Jpa.tx(emf, em -> Optional.ofNullable(em.find(UserEntity.class, id)));
    }

    public List<UserEntity> all() {
        return Jpa.tx(emf, em -> em.createQuery("select u from UserEntity u order by u.username", UserEntity.class)
                .getResultList());
    }

    /** Enabled accounts working for the member unit, by user name. */
    public List<UserEntity> ofUnit(String unitCode) {
        return Jpa.tx(emf, em -> em.createQuery("select u from UserEntity u where u.enabled = true and :c member of u.unitCodes"
                + " order by u.username", UserEntity.class).setParameter("c", unitCode).getResultList());
    }

    public boolean hasEnabledAdmin() {
        return Jpa.tx(emf, em -> em.createQuery(
                        "select count(u) from UserEntity u where u.enabled = true and :r member of u.roles", Long.class)
                .setParameter("r", Role.SYSTEM_ADMIN).getSingleResult() > 0);
    }

    public UserEntity create(UserDraft d) {
        return create(d, hasher.hash(d.password()));
    }

    /** Creates a user with an already computed hash (the demo users share one: same password, one slow KDF run). */
    public UserEntity create(UserDraft d, String passwordHash) {
        return Jpa.tx(emf, em -> {
            UserEntity u = new UserEntity();
            u.setUsername(d.username());
            u.setCreatedAt(LocalDateTime.now());
            apply(u, d);
            u.setPasswordHash(passwordHash);
            em.persist(u);
            changed(em);
            return u;
        });
    }

    public UserEntity update(long id, UserDraft d) {
        return modify(id, u -> apply(u, d));
    }

    public void setPassword(long id, String password) {
        String hash = hasher.hash(password);
        modify(id, u -> {
            u.setPasswordHash(hash);
            u.setFailedCount(0);
            u.setFirstFailedAt(null);
            u.setLockedUntil(null);
        });
    }

    /** Applies a change to one user in a transaction and returns the changed user. */
    public UserEntity modify(long id, Consumer<UserEntity> change) {
        return Jpa.tx(emf, em -> change(em, id, change));
    }

    /**
     * Applies a change to one user while holding the lock of the user's row, so that changes decided from the user's
     * current state (the failed-login count) never overlap: concurrent calls for one user run one after the other.
     */
    public UserEntity modifyLocked(long id, Consumer<UserEntity> change) {
        return Jpa.tx(emf, em -> {
            Jpa.onConnection(emf, c -> {
                try (java.sql.PreparedStatement lock = c.prepareStatement("UPDATE CORE_USER SET FAILED_COUNT = FAILED_COUNT WHERE ID = ?")) {
                    lock.setLong(1, id);
                    lock.executeUpdate();
                } catch (java.sql.SQLException e) {
                    throw new javax.persistence.PersistenceException(e);
                }
                return null;
            });
            // read after the lock: the state the previous holder committed
            em.refresh(find(em, id));
            return change(em, id, change);
        });
    }

    private static UserEntity find(EntityManager em, long id) {
        UserEntity u = em.find(UserEntity.class, id);
        if (u == null) {
            throw new IllegalArgumentException("no user " + id);
        }
        return u;
    }

    /** The change, with the accounts' version moved when it touched what a token depends on. */
    private UserEntity change(EntityManager em, long id, Consumer<UserEntity> change) {
        UserEntity u = find(em, id);
        TokenView before = TokenView.of(u);
        change.accept(u);
        if (!TokenView.of(u).equals(before)) {
            changed(em);
        }
        return u;
    }

    private static void apply(UserEntity u, UserDraft d) {
        u.setDisplayName(d.displayName().strip());
        u.setEnabled(d.enabled());
        u.setRoles(new HashSet<>(d.roles()));
        u.setScopeNodeIds(new HashSet<>(d.scopeNodeIds()));
        u.setUnitCodes(new HashSet<>(d.unitCodes() == null ? List.of() : d.unitCodes()));
    }

    public static UserContext context(UserEntity u) {
        return new UserContext(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), u.getScopeNodeIds(),
                u.getUnitCodes(), Locale.SIMPLIFIED_CHINESE);
    }

    public static UserInfo info(UserEntity u) {
        return new UserInfo(u.getId(), u.getUsername(), u.getDisplayName(), copy(u.getRoles()),
                copy(u.getScopeNodeIds()), copy(u.getUnitCodes()), u.isEnabled(),
                u.getLockedUntil() == null || u.getLockedUntil().isBefore(LocalDateTime.now()) ? null
                        : u.getLockedUntil().atZone(ZoneId.systemDefault()).toInstant(),
                u.getLastLogin() == null ? null : u.getLastLogin().atZone(ZoneId.systemDefault()).toInstant());
    }

    private static <T> Set<T> copy(Set<T> s) {
        return s == null ? Set.of() : Set.copyOf(s);
    }
}
