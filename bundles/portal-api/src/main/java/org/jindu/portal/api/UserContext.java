package org.jindu.portal.api;

import java.io.Serializable;
import java.security.Principal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated portal user behind a request, the same object whichever door he came through.
 *
 * <p>It is the {@link Principal} the platform puts into JAX-RS's {@code SecurityContext} and JAX-WS's
 * {@code WebServiceContext}, and the user the Vaadin shell hands to views; {@link #from(Principal)} gets it back.
 * Scopes are org-node ids: each grants that node and its whole subtree. Units are member-unit codes.
 * Instances are immutable snapshots taken at login; permission checks go through {@link AccessPolicy}.
 */
public final class UserContext implements Principal, Serializable {
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final Set<Long> scopeNodeIds;
    private final Set<String> unitCodes;
    private final Locale locale;

    public UserContext(long userId, String username, String displayName, Set<Role> roles,
                       Set<Long> scopeNodeIds, Set<String> unitCodes, Locale locale) {
        this.userId = userId;
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = displayName == null ? username : displayName;
        this.roles = roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.scopeNodeIds = Collections.unmodifiableSet(new LinkedHashSet<>(scopeNodeIds));
        this.unitCodes = Collections.unmodifiableSet(new LinkedHashSet<>(unitCodes));
        this.locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    /**
     * The portal user of a request.
     *
     * @param principal {@code securityContext.getUserPrincipal()} (JAX-RS) or {@code webServiceContext.getUserPrincipal()} (JAX-WS)
     * @throws AccessDeniedException when the request carries no portal user (cannot happen behind the platform's authentication)
     */
    public static UserContext from(Principal principal) {
        if (principal instanceof UserContext) {
            return (UserContext) principal;
        }
        throw new AccessDeniedException(Text.of("未登录", "Not logged in"));
    }

    public long userId() {
        return userId;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Org nodes granted to the user; each grants its subtree. */
    public Set<Long> scopeNodeIds() {
        return scopeNodeIds;
    }

    /** Codes of the member units the user works for (may be empty, e.g. for village staff). */
    public Set<String> unitCodes() {
        return unitCodes;
    }

    public Locale locale() {
        return locale;
    }

    /** A copy of this user with another preferred locale (the language switch). */
    public UserContext withLocale(Locale newLocale) {
        return new UserContext(userId, username, displayName, roles, scopeNodeIds, unitCodes, newLocale);
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserContext && ((UserContext) o).userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return username + roles;
    }
}
