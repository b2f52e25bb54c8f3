package org.jindu.portal.core.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.org.UnitKind;
import org.junit.jupiter.api.Test;

/** PF-1 permission rules: role grant plus module usability (installed, enabled for one of the user's units). */
class PermissionRulesTest {
    final PermissionRules rules = new PermissionRules(
            Map.of(Role.UNIT_STAFF, Set.of("control.person.read", "precursor.ledger.read", "portal.org.read"),
                    Role.VILLAGE_STAFF, Set.of("control.person.read"),
                    Role.LEADER, Set.of("control.dashboard.read")),
            Set.of("control", "precursor"),
            Map.of("POLICE", Set.of("control"), "MARKET", Set.of("precursor")));

    /** In these tests a unit's code names its kind. */
    static final Function<String, UnitKind> KIND = UnitKind::of;

    static UserContext user(Role role, String... units) {
        return new UserContext(1, "u", "u", Set.of(role), Set.of(1L), Set.of(units), null);
    }

    @Test
    void unitStaffNeedsTheModuleEnabledForHisUnit() {
        UserContext police = user(Role.UNIT_STAFF, "POLICE");
        assertThat(rules.isPermitted(police, "control.person.read", KIND)).isTrue();
        assertThat(rules.isPermitted(police, "precursor.ledger.read", KIND)).as("granted, but not enabled for POLICE").isFalse();
        UserContext market = user(Role.UNIT_STAFF, "MARKET");
        assertThat(rules.isPermitted(market, "precursor.ledger.read", KIND)).isTrue();
        assertThat(rules.isPermitted(market, "control.person.read", KIND)).isFalse();
    }

    @Test
    void oneEnablingUnitIsEnough() {
        assertThat(rules.isPermitted(user(Role.UNIT_STAFF, "MARKET", "POLICE"), "control.person.read", KIND)).isTrue();
    }

    @Test
    void usersWithoutUnitsAreGovernedByRoleOnly() {
        UserContext village = user(Role.VILLAGE_STAFF);
        assertThat(rules.isPermitted(village, "control.person.read", KIND)).isTrue();
        assertThat(rules.isPermitted(village, "precursor.ledger.read", KIND)).as("not granted to the role").isFalse();
    }

    @Test
    void aRemovedModuleGrantsNothing() {
        assertThat(rules.isPermitted(user(Role.LEADER), "control.dashboard.read", KIND)).isTrue();
        PermissionRules without = new PermissionRules(Map.of(Role.LEADER, Set.of("control.dashboard.read")), Set.of(), Map.of());
        assertThat(without.isPermitted(user(Role.LEADER), "control.dashboard.read", KIND)).isFalse();
    }

    @Test
    void grantedListsOnlyUsablePermissions() {
        assertThat(rules.granted(user(Role.UNIT_STAFF, "POLICE"), KIND)).containsExactly("control.person.read", "portal.org.read");
    }

    @Test
    void platformPermissionsIgnoreEnablement() {
        assertThat(rules.isPermitted(user(Role.UNIT_STAFF, "MARKET"), "portal.org.read", KIND)).isTrue();
        assertThat(rules.isModuleUsable(user(Role.UNIT_STAFF, "NOBODY"), "portal")).isTrue();
    }

    @Test
    void needToKnowPermissionsGoByTheKindOfAnEnablingUnit() {
        PermissionRules limited = new PermissionRules(
                Map.of(Role.UNIT_STAFF, Set.of("control.identify", "control.read"), Role.OFFICE_STAFF, Set.of("control.identify")),
                Set.of("control", "precursor"),
                Map.of("POLICE", Set.of("control"), "JUSTICE", Set.of("control"), "SOCIAL", Set.of("control"),
                        "OFFICE", Set.of("control"), "MARKET", Set.of("precursor")),
                Map.of("control.identify", Set.of(UnitKind.OFFICE, UnitKind.POLICE)));
        assertThat(limited.isPermitted(user(Role.UNIT_STAFF, "POLICE"), "control.identify", KIND)).isTrue();
        assertThat(limited.isPermitted(user(Role.OFFICE_STAFF, "OFFICE"), "control.identify", KIND)).isTrue();
        assertThat(limited.isPermitted(user(Role.UNIT_STAFF, "JUSTICE"), "control.identify", KIND)).isFalse();
        assertThat(limited.isPermitted(user(Role.UNIT_STAFF, "SOCIAL"), "control.identify", KIND)).isFalse();
        assertThat(limited.isPermitted(user(Role.UNIT_STAFF, "JUSTICE"), "control.read", KIND)).as("not limited").isTrue();
        assertThat(limited.isPermitted(user(Role.UNIT_STAFF, "JUSTICE", "POLICE"), "control.identify", KIND)).isTrue();
        assertThat(limited.granted(user(Role.UNIT_STAFF, "SOCIAL"), KIND)).containsExactly("control.read");
        assertThat(limited.isPermitted(user(Role.OFFICE_STAFF), "control.identify", KIND))
                .as("a user without units (the city office) goes by role").isTrue();
    }

    @Test
    void aPoliceUnitThatHasNotEnabledTheModuleDoesNotLendItsKind() {
        PermissionRules limited = new PermissionRules(Map.of(Role.UNIT_STAFF, Set.of("control.identify")), Set.of("control"),
                Map.of("JUSTICE", Set.of("control")), Map.of("control.identify", Set.of(UnitKind.POLICE)));
        assertThat(limited.isPermitted(user(Role.UNIT_STAFF, "JUSTICE", "POLICE"), "control.identify", KIND)).isFalse();
    }
}
