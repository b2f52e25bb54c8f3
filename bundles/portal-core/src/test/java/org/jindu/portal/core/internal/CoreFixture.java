package org.jindu.portal.core.internal;

import java.lang.annotation.Annotation;
import java.util.Set;

import org.jindu.portal.core.internal.access.AccessPolicyImpl;
import org.jindu.portal.core.internal.access.PolicyStore;
import org.jindu.portal.core.internal.audit.AuditLogImpl;
import org.jindu.portal.core.internal.cache.DataVersionsImpl;
import org.jindu.portal.core.internal.audit.TestAudit;
import org.jindu.portal.core.internal.config.CoreConfig;
import org.jindu.portal.core.internal.module.ModuleAdminImpl;
import org.jindu.portal.core.internal.module.ModuleRegistryImpl;
import org.jindu.portal.core.internal.module.PermissionAdminImpl;
import org.jindu.portal.core.internal.module.PlatformModule;
import org.jindu.portal.core.internal.org.OrgAdminImpl;
import org.jindu.portal.core.internal.org.OrgStore;
import org.jindu.portal.core.internal.schema.SchemaStatus;
import org.jindu.portal.core.internal.security.AuthenticatorImpl;
import org.jindu.portal.core.internal.security.UserAdminImpl;
import org.jindu.portal.core.internal.security.UserStore;

/**
 * The core components wired by hand, as DS would wire them, on a fresh in-memory Derby: tests of the real
 * services and their persistence without a container.
 */
public final class CoreFixture implements AutoCloseable {
    public final TestDb db;
    public final CoreConfig config;
    public final DataVersionsImpl versions;
    public final OrgStore org;
    public final PolicyStore policy;
    public final AccessPolicyImpl access;
    public final AuditLogImpl audit;
    public final OrgAdminImpl orgAdmin;
    public final UserStore users;
    public final AuthenticatorImpl authenticator;
    public final UserAdminImpl userAdmin;
    public final PermissionAdminImpl permissionAdmin;
    public final ModuleRegistryImpl modules;
    public final ModuleAdminImpl moduleAdmin;

    public CoreFixture(boolean demo) throws Exception {
        db = new TestDb();
        config = config(demo);
        versions = new DataVersionsImpl(db.dataSource, null);
        org = new OrgStore(db.emf, null, versions);
        policy = new PolicyStore(db.emf, null);
        policy.moduleInstalled(new PlatformModule(), "test", "org.jindu.portal.core", Set.of(), false);
        access = new AccessPolicyImpl(policy, org);
        audit = TestAudit.newLog(db, access, java.nio.file.Files.createTempDirectory("audit").resolve("checkpoint"));
        orgAdmin = new OrgAdminImpl(org, access, audit);
        users = new UserStore(db.emf, null, versions, config);
        authenticator = new AuthenticatorImpl(users, audit, orgAdmin, config);
        userAdmin = new UserAdminImpl(users, access, audit, org, authenticator);
        permissionAdmin = new PermissionAdminImpl(policy, access, audit);
        modules = new ModuleRegistryImpl(null, policy, new SchemaStatus(db.dataSource), null, config);
        moduleAdmin = new ModuleAdminImpl(policy, access, audit, org, users, modules);
    }

    /** A configuration with a cheap KDF (tests do hundreds of logins) and a lock-out after three failures. */
    public static CoreConfig config(boolean demo) {
        return new CoreConfig() {
            public Class<? extends Annotation> annotationType() { return CoreConfig.class; }
            public boolean demo() { return demo; }
            public int pbkdf2Iterations() { return 1000; }
            public int maxFailedLogins() { return 3; }
            public int failureWindowMinutes() { return 15; }
            public int lockMinutes() { return 15; }
            public int tokenLifetimeMinutes() { return 60; }
            public int credentialCacheSeconds() { return 300; }
            public String autoEnableUnits() { return "OFFICE"; }
            public boolean offerNewModules() { return false; }
            public String unsignedPackages() { return "refuse"; }
            public String packageTrustDir() { return ""; }
            public String deployDir() { return ""; }
            public int maxPackageMegabytes() { return 10; }
            public int packageWaitSeconds() { return 5; }
            public int maxUploadMegabytes() { return 1; }
        };
    }

    @Override
    public void close() {
        db.close();
    }
}
