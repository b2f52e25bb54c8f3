package org.jindu.portal.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.UserDirectory;
import org.jindu.portal.api.org.UserRef;

/** Test users by name (each with one role and one scope node), also serving as the {@link UserDirectory}. */
public final class TestUsers implements UserDirectory {
    private final OrgDirectory org;
    private final Map<String, UserContext> byName = new LinkedHashMap<>();

    public TestUsers(OrgDirectory org) {
        this.org = org;
    }

    /** Adds a user whose scope is the node of {@code scopeCode}; ids follow the order of adding, from 1. */
    public TestUsers add(String name, Role role, String scopeCode) {
        if (byName.containsKey(name)) {
            return this;
        }
        long id = byName.size() + 1L;
        long scope = org.nodeByCode(scopeCode).orElseThrow(() -> new IllegalArgumentException("no node " + scopeCode)).id();
        byName.put(name, new UserContext(id, name, name + "(测试)", Set.of(role), Set.of(scope), Set.of(), Locale.SIMPLIFIED_CHINESE));
        return this;
    }

    public UserContext get(String name) {
        UserContext u = byName.get(name);
        if (u == null) {
            throw new IllegalArgumentException("no test user " + name);
        }
        return u;
    }

    @Override
    public List<UserRef> withRole(Role role) {
        return byName.values().stream().filter(u -> u.hasRole(role)).map(TestUsers::ref).toList();
    }

    @Override
    public Optional<UserRef> user(long id) {
        return byName.values().stream().filter(u -> u.userId() == id).findFirst().map(TestUsers::ref);
    }

    private static UserRef ref(UserContext u) {
        return new UserRef(u.userId(), u.username(), u.displayName(), u.roles(), u.scopeNodeIds());
    }
}
