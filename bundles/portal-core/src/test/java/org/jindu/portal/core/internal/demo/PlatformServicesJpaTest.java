package org.jindu.portal.core.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;

import org.jindu.portal.api.AccessDeniedException;
import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.audit.AuditQuery;
import org.jindu.portal.api.module.ModuleDescriptor;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.security.AuthenticationException;
import org.jindu.portal.core.internal.CoreFixture;
import org.jindu.portal.platform.admin.UserDraft;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * PF-1/PF-4 and security rules on the real core services and a real Derby, with the demo data loaded: scoping,
 * role permissions, module enablement per unit, login with lock-out, password storage, user administration.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformServicesJpaTest {
    CoreFixture core;
    DemoDataLoader loader;

    @BeforeAll
    void setUp() throws Exception {
        core = new CoreFixture(true);
        loader = new DemoDataLoader(CoreFixture.config(false), core.org, core.orgAdmin, core.policy, core.users,
                core.db.emf, null);
        loader.loadPlatform();
    }

    @AfterAll
    void tearDown() throws Exception {
        loader.deactivate();
        core.close();
    }

    UserContext login(String user) {
        return core.authenticator.authenticate(user, DemoDataLoader.PASSWORD, "test");
    }

    OrgNode node(String code) {
        return core.org.nodeByCode(code).orElseThrow();
    }

    @Test
    void demoTownHasTenVillagesWithGridsUnitsAndOneUserPerRole() {
        OrgNode town = node("HG-GW");
        assertThat(core.org.children(town.id())).hasSize(10).allMatch(v -> v.level() == OrgLevel.VILLAGE)
                .allMatch(v -> core.org.children(v.id()).size() == 2);
        assertThat(core.org.units()).extracting(u -> u.code())
                .contains("OFFICE", "POLICE", "EDU", "MARKET", "HEALTH", "SOCIAL", "JUSTICE");
        for (String u : DemoDataLoader.USERS.keySet()) {
            assertThat(login(u).username()).isEqualTo(u);
        }
        Set<Role> roles = new java.util.HashSet<>();
        DemoDataLoader.USERS.keySet().forEach(u -> roles.addAll(login(u).roles()));
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void aVillageUserSeesOnlyHisVillage() {
        UserContext village = login("village");
        OrgNode dongcun = node("HG-GW-DC");
        OrgNode xicun = node("HG-GW-XC");
        assertThat(core.access.visibleNodes(village, PlatformPermissions.ORG_READ))
                .containsExactlyInAnyOrder(dongcun.id(), node("HG-GW-DC-G1").id(), node("HG-GW-DC-G2").id());
        assertThat(core.access.isPermitted(village, PlatformPermissions.ORG_READ, node("HG-GW-DC-G2").id())).isTrue();
        assertThat(core.access.isPermitted(village, PlatformPermissions.ORG_READ, xicun.id())).isFalse();
        assertThatThrownBy(() -> core.access.check(village, PlatformPermissions.ORG_READ, xicun.id()))
                .isInstanceOf(AccessDeniedException.class);
        UserContext office = login("office");
        assertThat(core.access.isPermitted(office, PlatformPermissions.ORG_READ, xicun.id())).isTrue();
        assertThat(core.access.isPermitted(office, PlatformPermissions.ORG_READ, node("HG-XT").id()))
                .as("the office's scope is its own town").isFalse();
    }

    @Test
    void onlyTheAdministratorAdministers() {
        for (String u : List.of("office", "police", "village", "assessor", "leader")) {
            UserContext user = login(u);
            assertThat(core.access.isPermitted(user, PlatformPermissions.ADMIN_USERS)).as(u).isFalse();
            assertThatThrownBy(() -> core.userAdmin.users(user)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> core.audit.search(user, AuditQuery.all(10))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(core.userAdmin.users(login("admin"))).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void moduleEnablementPerUnit() {
        ModuleDescriptor control = new ModuleDescriptor() {
            public String id() { return "ctltest"; }
            public Text name() { return Text.of("测试", "Test"); }
            public List<PermissionDef> permissions() {
                return List.of(PermissionDef.of("ctltest.read", "读", "Read", Role.UNIT_STAFF, Role.VILLAGE_STAFF));
            }
        };
        core.policy.moduleInstalled(control, "1", null, Set.of("OFFICE"), false);
        UserContext police = login("police");
        UserContext village = login("village");
        assertThat(core.access.isPermitted(police, "ctltest.read")).as("not enabled for POLICE yet").isFalse();
        assertThat(core.access.isPermitted(village, "ctltest.read")).as("village staff have no unit").isTrue();
        core.moduleAdmin.setEnabled(login("admin"), "POLICE", "ctltest", true, false);
        assertThat(core.access.isPermitted(police, "ctltest.read")).isTrue();
        assertThatThrownBy(() -> core.moduleAdmin.setEnabled(login("office"), "POLICE", "ctltest", false, false))
                .isInstanceOf(AccessDeniedException.class);
        core.moduleAdmin.setEnabled(login("admin"), "POLICE", "ctltest", false, false);
        assertThat(core.access.isPermitted(police, "ctltest.read")).isFalse();
        core.policy.moduleRemoved("ctltest");
        assertThat(core.access.isPermitted(village, "ctltest.read")).as("uninstalled").isFalse();
    }

    @Test
    void aUnitAdministratorEnablesOfferedModulesForHisOwnUnitAfterConfirmingWhoSeesThePersonalData() {
        ModuleDescriptor files = new ModuleDescriptor() {
            public String id() { return "pdtest"; }
            public Text name() { return Text.of("档案测试", "Files test"); }
            public List<PermissionDef> permissions() {
                return List.of(PermissionDef.of("pdtest.person.read", "查看人员档案", "Read person files", Role.UNIT_STAFF),
                        PermissionDef.of("pdtest.person.edit", "编辑人员档案", "Edit person files", Role.OFFICE_STAFF));
            }
            public boolean holdsPersonalData() { return true; }
            public Text personalData() { return Text.of("人员档案：姓名、身份证号", "person files: names, ID numbers"); }
        };
        core.policy.moduleInstalled(files, "1", null, Set.of(), false);
        UserContext unitAdmin = login("police-admin");
        UserContext police = login("police");

        assertThatThrownBy(() -> core.moduleAdmin.setEnabled(unitAdmin, "POLICE", "pdtest", true, true))
                .as("not offered yet").isInstanceOf(AccessDeniedException.class).hasMessageContaining("not offered");
        core.moduleAdmin.setOffered(login("admin"), "pdtest", true);
        assertThatThrownBy(() -> core.moduleAdmin.setEnabled(unitAdmin, "EDU", "pdtest", true, true))
                .as("another unit").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.moduleAdmin.setOffered(unitAdmin, "pdtest", false)).isInstanceOf(AccessDeniedException.class);

        var preview = core.moduleAdmin.preview(unitAdmin, "POLICE", "pdtest");
        assertThat(preview.holdsPersonalData()).isTrue();
        assertThat(preview.staff()).anyMatch(n -> n.contains("police"));
        assertThat(preview.confirmation().zh()).contains("港湾派出所", "档案测试", "人员档案：姓名、身份证号", "查看人员档案")
                .doesNotContain("编辑人员档案");
        assertThatThrownBy(() -> core.moduleAdmin.setEnabled(unitAdmin, "POLICE", "pdtest", true, false))
                .isInstanceOf(org.jindu.portal.platform.admin.ConfirmationRequiredException.class)
                .hasMessageContaining("person files: names, ID numbers");
        assertThat(core.access.isPermitted(police, "pdtest.person.read")).isFalse();

        core.moduleAdmin.setEnabled(unitAdmin, "POLICE", "pdtest", true, true);
        assertThat(core.access.isPermitted(police, "pdtest.person.read")).isTrue();
        assertThat(core.access.isPermitted(login("edu"), "pdtest.person.read")).as("other units are unaffected").isFalse();
        assertThat(core.audit.search(login("admin"), AuditQuery.all(20)).entries())
                .anyMatch(e -> "pdtest@POLICE".equals(e.recordId()) && e.detail().contains("confirmed:")
                        && e.detail().contains("人员档案：姓名、身份证号") && "police-admin".equals(e.actor()));
        core.moduleAdmin.setEnabled(unitAdmin, "POLICE", "pdtest", false, false);
        assertThat(core.access.isPermitted(police, "pdtest.person.read")).isFalse();
    }

    @Test
    void aUnitAdministratorManagesTheStaffOfHisOwnUnitOnly() {
        UserContext unitAdmin = login("police-admin");
        OrgNode town = node("HG-GW");
        assertThat(core.userAdmin.users(unitAdmin)).extracting(u -> u.username()).contains("police")
                .doesNotContain("edu", "office", "admin", "police-admin");
        long id = core.userAdmin.create(unitAdmin, new UserDraft("police2", "新警官", Set.of(Role.UNIT_STAFF),
                Set.of(node("HG-GW-DC").id()), Set.of("POLICE"), true, "Secret123")).id();
        core.userAdmin.resetPassword(unitAdmin, id, "Other4567");
        assertThatThrownBy(() -> core.userAdmin.create(unitAdmin, new UserDraft("police3", "越权", Set.of(Role.OFFICE_STAFF),
                Set.of(node("HG-XT").id()), Set.of("EDU"), true, "Secret123")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("roles", "unitCodes", "scopeNodeIds"));
        long edu = core.users.byUsername("edu").orElseThrow().getId();
        assertThatThrownBy(() -> core.userAdmin.resetPassword(unitAdmin, edu, "Other4567"))
                .as("another unit's account does not exist for him").isInstanceOf(org.jindu.portal.api.NotFoundException.class);
        assertThatThrownBy(() -> core.userAdmin.update(unitAdmin, edu, new UserDraft("edu", "x", Set.of(Role.UNIT_STAFF),
                Set.of(town.id()), Set.of("POLICE"), true, null))).isInstanceOf(org.jindu.portal.api.NotFoundException.class);
        assertThatThrownBy(() -> core.userAdmin.users(login("police"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void wrongPasswordsLockTheAccountAndAreAudited() {
        UserContext admin = login("admin");
        UserContext target = core.authenticator.authenticate("admin", "demo", null);
        long id = core.userAdmin.create(admin, new UserDraft("locktest", "锁定测试", Set.of(Role.LEADER),
                Set.of(node("HG-GW").id()), Set.of(), true, "Secret123")).id();
        assertThatThrownBy(() -> core.authenticator.authenticate("locktest", "wrong", null))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.BAD_CREDENTIALS));
        assertThatThrownBy(() -> core.authenticator.authenticate("locktest", "wrong", null)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> core.authenticator.authenticate("locktest", "wrong", null))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.LOCKED));
        assertThatThrownBy(() -> core.authenticator.authenticate("locktest", "Secret123", null))
                .as("locked even with the right password").isInstanceOf(AuthenticationException.class);
        assertThat(core.audit.search(admin, new AuditQuery("locktest", "LOGIN_FAILED", null, null, null, null, null, null, 0, 10))
                .total()).isEqualTo(4);
        core.userAdmin.unlock(admin, id);
        assertThat(core.authenticator.authenticate("locktest", "Secret123", null).username()).isEqualTo("locktest");
        assertThat(target.username()).isEqualTo("admin");
    }

    @Test
    void unknownUsersAndBadInputAreRejectedTheSameWay() {
        assertThatThrownBy(() -> core.authenticator.authenticate("nobody", "demo", null))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.BAD_CREDENTIALS));
        assertThatThrownBy(() -> core.authenticator.authenticate("", "demo", null)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> core.authenticator.authenticate("admin", null, null)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesOnly() throws Exception {
        try (Connection c = core.db.dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT USERNAME, PASSWORD_HASH FROM CORE_USER")) {
            int n = 0;
            while (rs.next()) {
                assertThat(rs.getString(2)).startsWith("pbkdf2-sha256$").doesNotContain("demo").doesNotContain("Secret123");
                n++;
            }
            assertThat(n).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void tokensResolveUntilRevokedAndDieWithTheAccount() {
        UserContext leader = login("leader");
        String token = core.authenticator.issueToken(leader);
        assertThat(core.authenticator.resolveToken(token)).contains(leader);
        assertThat(core.authenticator.resolveToken(token + "x")).isEmpty();
        core.authenticator.revokeToken(token);
        assertThat(core.authenticator.resolveToken(token)).isEmpty();
    }

    @Test
    void fortyParallelWrongPasswordsCheckAtMostTheLimitAndLockTheAccount() throws Exception {
        UserContext admin = login("admin");
        core.userAdmin.create(admin, new UserDraft("parallel", "并发测试", Set.of(Role.LEADER),
                Set.of(node("HG-GW").id()), Set.of(), true, "Secret123"));
        int n = 40;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<AuthenticationException.Reason>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            answers.add(pool.submit(() -> {
                go.await();
                try {
                    core.authenticator.authenticate("parallel", "wrong" + k, "test");
                    return null;
                } catch (AuthenticationException e) {
                    return e.reason();
                }
            }));
        }
        go.countDown();
        List<AuthenticationException.Reason> reasons = new java.util.ArrayList<>();
        for (var a : answers) {
            reasons.add(a.get());
        }
        pool.shutdown();
        assertThat(reasons).doesNotContainNull();
        List<String> details = core.audit.search(admin, new AuditQuery("parallel", "LOGIN_FAILED", null, null, null, null, null, null, 0, 100))
                .entries().stream().map(e -> e.detail()).toList();
        assertThat(details).hasSize(n);
        // the limit is 3: at most three passwords were checked, every other attempt was refused as locked unchecked
        assertThat(details.stream().filter(d -> d.startsWith("wrong password"))).hasSizeBetween(1, 3);
        assertThat(details.stream().filter(d -> d.startsWith("account locked"))).hasSizeGreaterThanOrEqualTo(n - 3);
        assertThatThrownBy(() -> core.authenticator.authenticate("parallel", "Secret123", "test"))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.LOCKED));
    }

    @Test
    void wrongCurrentPasswordsCountTowardsTheLockOutLikeLogins() {
        UserContext admin = login("admin");
        core.userAdmin.create(admin, new UserDraft("pwtest", "改密测试", Set.of(Role.LEADER),
                Set.of(node("HG-GW").id()), Set.of(), true, "Secret123"));
        UserContext me = core.authenticator.authenticate("pwtest", "Secret123", "test");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> core.userAdmin.changeOwnPassword(me, "guess", "NewSecret456"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("currentPassword"));
        }
        // the third wrong one locks the account, as three wrong logins would
        assertThatThrownBy(() -> core.userAdmin.changeOwnPassword(me, "guess", "NewSecret456"))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.LOCKED));
        assertThatThrownBy(() -> core.authenticator.authenticate("pwtest", "Secret123", "test"))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.LOCKED));
        assertThat(core.audit.search(admin, new AuditQuery("pwtest", "LOGIN_FAILED", null, null, null, null, null, null, 0, 10))
                .entries()).extracting(e -> e.detail()).anySatisfy(d -> assertThat(d).startsWith("wrong current password, failure 3"));
    }

    @Test
    void aTokenFollowsTheAccountAsCommittedOnAnyNode() throws Exception {
        UserContext leader = login("leader");
        String token = core.authenticator.issueToken(leader);
        assertThat(core.authenticator.resolveToken(token)).contains(leader);
        assertThat(core.authenticator.resolveToken(token)).contains(leader);
        // another node disables the account: a write this node never saw, with its version moved in the same transaction
        try (Connection c = core.db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.prepareStatement("UPDATE CORE_USER SET ENABLED = ? WHERE ID = ?")) {
                st.setBoolean(1, false);
                st.setLong(2, leader.userId());
                st.executeUpdate();
            }
            core.versions.changed(c, "users");
            c.commit();
        }
        assertThat(core.authenticator.resolveToken(token)).isEmpty();
        core.users.modify(leader.userId(), u -> u.setEnabled(true));
        assertThat(core.authenticator.resolveToken(token)).contains(leader);
        // a change of roles on this node shows in the next request
        core.users.modify(leader.userId(), u -> u.setRoles(new java.util.HashSet<>(Set.of(Role.LEADER, Role.UNIT_STAFF))));
        assertThat(core.authenticator.resolveToken(token)).hasValueSatisfying(u -> assertThat(u.roles()).contains(Role.UNIT_STAFF));
        core.users.modify(leader.userId(), u -> u.setRoles(new java.util.HashSet<>(Set.of(Role.LEADER))));
        core.users.modify(leader.userId(), u -> u.setLockedUntil(java.time.LocalDateTime.now().plusMinutes(5)));
        assertThat(core.authenticator.resolveToken(token)).isEmpty();
        core.users.modify(leader.userId(), u -> u.setLockedUntil(null));
        assertThat(core.authenticator.resolveToken(token)).contains(leader);
    }

    @Test
    void userAdministrationValidatesAndProtectsTheAdministrator() {
        UserContext admin = login("admin");
        assertThatThrownBy(() -> core.userAdmin.create(admin, new UserDraft("x", "", Set.of(), Set.of(), Set.of("NOPE"), true, "short")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .contains("username", "displayName", "roles", "scopeNodeIds", "unitCodes", "password"));
        assertThatThrownBy(() -> core.userAdmin.create(admin, new UserDraft("office", "重复", Set.of(Role.LEADER),
                Set.of(node("HG-GW").id()), Set.of(), true, "Secret123"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> core.userAdmin.update(admin, admin.userId(), new UserDraft("admin", "管理员", Set.of(Role.LEADER),
                Set.of(node("HG").id()), Set.of(), true, null))).isInstanceOf(ConflictException.class);
    }
}
