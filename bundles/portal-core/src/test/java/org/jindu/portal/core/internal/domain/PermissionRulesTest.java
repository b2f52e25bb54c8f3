package org.jindu.portal.core.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.junit.jupiter.api.Test;

/** PF-1 permission rules: role grant plus module usability (installed, enabled for one of the user's units). */
class PermissionRulesTest {
    final PermissionRules rules = new PermissionRules(
            Map.of(Role.UNIT_STAFF, Set.of("control.person.read", "precursor.ledger.read", "portal.org.read"),
                    Role.VILLAGE_STAFF, Set.of("control.person.read"),
                    Role.LEADER, Set.of("control.dashboard.read")),
            Set.of("control", "precursor"),
            Map.of("POLICE", Set.of("control"), "MARKET", Set.of("precursor")));

    static UserContext user(Role role, String... units) {
        return new UserContext(1, "u", "u", Set.of(role), Set.of(1L), Set.of(units), null);
    }

    @Test
    void unitStaffNeedsTheModuleEnabledForHisUnit() {
        UserContext police = user(Role.UNIT_STAFF, "POLICE");
        assertThat(rules.isPermitted(police, "control.person.read")).isTrue();
        assertThat(rules.isPermitted(police, "precursor.ledger.read")).as("granted, but not enabled for POLICE").isFalse();
        UserContext market = user(Role.UNIT_STAFF, "MARKET");
        assertThat(rules.isPermitted(market, "precursor.ledger.read")).isTrue();
        assertThat(rules.isPermitted(market, "control.person.read")).isFalse();
    }

    @Test
    void oneEnablingUnitIsEnough() {
        assertThat(rules.isPermitted(user(Role.UNIT_STAFF, "MARKET", "POLICE"), "control.person.read")).isTrue();
    }

    @Test
    void usersWithoutUnitsAreGovernedByRoleOnly() {
        UserContext village = user(Role.VILLAGE_STAFF);
        assertThat(rules.isPermitted(village, "control.person.read")).isTrue();
        assertThat(rules.isPermitted(village, "precursor.ledger.read")).as("not granted to the role").isFalse();
    }

    @Test
    void aRemovedModuleGrantsNothing() {
        assertThat(rules.isPermitted(user(Role.LEADER), "control.dashboard.read")).isTrue();
        PermissionRules without = new PermissionRules(Map.of(Role.LEADER, Set.of("control.dashboard.read")), Set.of(), Map.of());
        assertThat(without.isPermitted(user(Role.LEADER), "control.dashboard.read")).isFalse();
    }

    @Test
    void grantedListsOnlyUsablePermissions() {
        assertThat(rules.granted(user(Role.UNIT_STAFF, "POLICE"))).containsExactly("control.person.read", "portal.org.read");
    }

    @Test
    void platformPermissionsIgnoreEnablement() {
        assertThat(rules.isPermitted(user(Role.UNIT_STAFF, "MARKET"), "portal.org.read")).isTrue();
        assertThat(rules.isModuleUsable(user(Role.UNIT_STAFF, "NOBODY"), "portal")).isTrue();
    }
}
