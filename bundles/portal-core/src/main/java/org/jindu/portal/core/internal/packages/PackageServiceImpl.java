package org.jindu.portal.core.internal.packages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.jar.JarFile;

import javax.persistence.EntityManagerFactory;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.module.ModuleProblem;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.core.internal.audit.AuditLogImpl;
import org.jindu.portal.core.internal.config.CoreConfig;
import org.jindu.portal.core.internal.config.DemoMode;
import org.jindu.portal.core.internal.module.ContributionsImpl;
import org.jindu.portal.core.internal.module.ModuleDiagnosis;
import org.jindu.portal.core.internal.module.ModuleRegistryImpl;
import org.jindu.portal.core.internal.persistence.ModulePackageEntity;
import org.jindu.portal.core.internal.schema.SchemaStatus;
import org.jindu.portal.platform.admin.ModulePackages;
import org.jindu.portal.platform.admin.PackagePolicy;
import org.jindu.portal.platform.admin.PackageRecord;
import org.jindu.portal.platform.admin.PackageResult;
import org.jindu.portal.support.Jpa;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs, upgrades, rolls back and removes module packages in the running portal. Every package is checked before
 * anything changes ({@link PackageVerifier}; then its bundles are installed under a throwaway location and resolved
 * against the running system, and uninstalled again), so that a refused package leaves the portal as it was. The
 * version that ran before is kept (its file under {@code data/portal-packages}, or the distribution feature it came
 * from) for a roll back, which is refused when the module's tables were migrated beyond what it knows. One operation
 * at a time.
 */
@Component(service = {ModulePackages.class, PackageServiceImpl.class}, configurationPid = CoreConfig.PID)
public class PackageServiceImpl implements ModulePackages {
    private static final Logger LOG = LoggerFactory.getLogger(PackageServiceImpl.class);
    /** Location prefix of the bundles installed from packages. */
    static final String LOCATION = "portal-package:";
    /** Location prefix of the throwaway bundles of the resolution check. */
    public static final String CHECK_LOCATION = "portal-check:";
    static final String CURRENT = "CURRENT";
    static final String PREVIOUS = "PREVIOUS";
    private static final Text MODULE = Text.of("模块", "Module");

    private final BundleContext context;
    private final FrameworkWiring wiring;
    private final EntityManagerFactory emf;
    private final AccessPolicy access;
    private final AuditLogImpl audit;
    private final ModuleRegistryImpl registry;
    private final ModuleDiagnosis diagnosis;
    private final ContributionsImpl contributions;
    private final SchemaStatus schema;
    private final Object lock = new Object();
    private volatile CoreConfig config;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FeaturesService features;

    @Activate
    public PackageServiceImpl(BundleContext context, @Reference(target = "(osgi.unit.name=portal.core)") EntityManagerFactory emf,
                              @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.core)") SchemaReady coreSchema,
                              @Reference AccessPolicy access, @Reference AuditLogImpl audit, @Reference ModuleRegistryImpl registry,
                              @Reference ModuleDiagnosis diagnosis, @Reference ContributionsImpl contributions,
                              @Reference SchemaStatus schema, CoreConfig config) {
        this.context = context;
        this.wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        this.emf = emf;
        this.access = access;
        this.audit = audit;
        this.registry = registry;
        this.diagnosis = diagnosis;
        this.contributions = contributions;
        this.schema = schema;
        this.config = config;
    }

    @Modified
    void modified(CoreConfig newConfig) {
        this.config = newConfig;
    }

    // ----------------------------------------------------------------------------------------------- the contract

    @Override
    public PackageResult install(UserContext actor, InputStream content, String fileName, String sha256) throws IOException {
        access.check(actor, PlatformPermissions.ADMIN_PACKAGES);
        Path staged = stage(content);
        try {
            return installStaged(actor, staged, cleanName(fileName), sha256, "UPLOAD");
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    @Override
    public PackageResult rollback(UserContext actor, String moduleId) {
        access.check(actor, PlatformPermissions.ADMIN_PACKAGES);
        synchronized (lock) {
            ModulePackageEntity previous = record(moduleId, PREVIOUS).orElseThrow(() -> new ConflictException(Text.of(
                    "模块 " + moduleId + " 没有可回退的上一版本", "Module " + moduleId + " has no previous version to roll back to")));
            int applied = schema.applied().getOrDefault(previous.getBundleName(), 0);
            if (previous.getSchemaKnown() < applied) {
                audit.change(() -> {
                    audit.recordInTx(actor, PlatformPermissions.MODULE_ID, "ROLLBACK_REFUSED", "module-package", moduleId, null,
                            "roll back of " + moduleId + " to " + previous.getBundleVersion() + " refused: the tables are at schema version "
                                    + applied + ", it knows up to " + previous.getSchemaKnown());
                    return null;
                });
                throw new ConflictException(Text.of("无法回退: 数据库已迁移到第 " + applied + " 版，" + previous.getBundleVersion()
                                + " 只认识到第 " + previous.getSchemaKnown() + " 版。请安装更新的版本修复问题",
                        "Cannot roll back: the tables are at schema version " + applied + ", version " + previous.getBundleVersion()
                                + " knows up to " + previous.getSchemaKnown() + ". Install a newer version to fix the problem"));
            }
            Bundle current = currentBundle(moduleId);
            String from = current == null ? null : current.getVersion().toString();
            try {
                if ("FEATURE".equals(previous.getKind())) {
                    removeBundles(moduleId);
                    installFeature(previous.getFeatureName());
                } else {
                    Path file = Paths.get(previous.getStoragePath());
                    if (previous.getSha256() != null && !previous.getSha256().equals(sha256(file))) {
                        throw new ConflictException(Text.of("上一版本的安装包文件已被改动，无法回退", "The previous version's package file was altered; cannot roll back"));
                    }
                    PackageContents contents = PackageVerifier.verify(file, trusted(), true);
                    apply(moduleId, current, file, contents);
                }
            } catch (IOException | BundleException e) {
                throw new IllegalStateException("roll back of " + moduleId + " failed: " + e.getMessage(), e);
            }
            Jpa.run(emf, em -> {
                em.createQuery("select p from ModulePackageEntity p where p.moduleId = :m and p.status = :s", ModulePackageEntity.class)
                        .setParameter("m", moduleId).setParameter("s", CURRENT).getResultList().forEach(p -> p.setStatus("RETIRED"));
                em.find(ModulePackageEntity.class, previous.getId()).setStatus(CURRENT);
                audit.recordInTx(actor, PlatformPermissions.MODULE_ID, "ROLLBACK", "module-package", moduleId, null,
                        "rolled back " + moduleId + " from " + from + " to " + previous.getBundleVersion());
            });
            LOG.info("Module {} rolled back from {} to {} by {}", moduleId, from, previous.getBundleVersion(), actor.username());
            return new PackageResult(moduleId, "ROLLBACK", from, previous.getBundleVersion(), previous.getSigner(),
                    previous.getSha256(), await(moduleId));
        }
    }

    @Override
    public void remove(UserContext actor, String moduleId) {
        access.check(actor, PlatformPermissions.ADMIN_PACKAGES);
        removeModule(actor, moduleId, true);
    }

    @Override
    public List<PackageRecord> packages(UserContext actor, String moduleId) {
        access.check(actor, PlatformPermissions.ADMIN_PACKAGES);
        return Jpa.tx(emf, em -> em.createQuery("select p from ModulePackageEntity p where p.moduleId = :m order by p.id desc",
                ModulePackageEntity.class).setParameter("m", moduleId).getResultList().stream().map(PackageServiceImpl::dto).toList());
    }

    @Override
    public PackagePolicy policy(UserContext actor) {
        access.check(actor, PlatformPermissions.ADMIN_PACKAGES);
        return new PackagePolicy(allowUnsigned(), DemoMode.isOn(config) && "demo".equals(unsignedSetting()),
                trusted().stream().map(c -> c.getSubjectX500Principal().getName()).sorted().toList(),
                trustDir().toString(), deployDir().toString());
    }

    // ------------------------------------------------------------------------------------------- the deploy folder

    /** The folder the deploy watcher looks at. */
    public Path deployDir() {
        String dir = config.deployDir();
        return dir == null || dir.isBlank() ? Paths.get(System.getProperty("karaf.base", "."), "deploy") : Paths.get(dir);
    }

    /** A package that appeared in the deploy folder, through the same checks as an upload. */
    PackageResult installFromDeploy(Path file) throws IOException {
        Path staged;
        try (InputStream in = Files.newInputStream(file)) {
            staged = stage(in);
        }
        try {
            return installStaged(deployActor(), staged, file.getFileName().toString(), null, "DEPLOY");
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /** A package file left the deploy folder: its module goes, if that file installed the running version. */
    void removedFromDeploy(String fileName) {
        Optional<ModulePackageEntity> current = Jpa.tx(emf, em -> em.createQuery("select p from ModulePackageEntity p where "
                + "p.status = :s and p.source = 'DEPLOY' and p.fileName = :f", ModulePackageEntity.class)
                .setParameter("s", CURRENT).setParameter("f", fileName).getResultList().stream().findFirst());
        current.ifPresent(p -> removeModule(deployActor(), p.getModuleId(), false));
    }

    /** The SHA-256 of the package the deploy folder installed from this file and that still runs, if any. */
    Optional<String> deployedSha(String fileName) {
        return Jpa.tx(emf, em -> em.createQuery("select p from ModulePackageEntity p where p.status = :s and p.source = 'DEPLOY' "
                + "and p.fileName = :f", ModulePackageEntity.class).setParameter("s", CURRENT).setParameter("f", fileName)
                .getResultList().stream().findFirst().map(ModulePackageEntity::getSha256));
    }

    /** Files the deploy folder installed and that still run, by file name. */
    List<String> deployedFiles() {
        return Jpa.tx(emf, em -> em.createQuery("select p.fileName from ModulePackageEntity p where p.status = :s and p.source = 'DEPLOY'",
                String.class).setParameter("s", CURRENT).getResultList());
    }

    private static UserContext deployActor() {
        return new UserContext(0, "deploy-folder", "deploy-folder", Set.of(), Set.of(), Set.of(), null);
    }

    // ------------------------------------------------------------------------------------------------ the work

    private PackageResult installStaged(UserContext actor, Path staged, String fileName, String expectedSha, String source)
            throws IOException {
        synchronized (lock) {
            String sha = sha256(staged);
            try {
                if (expectedSha != null && !expectedSha.isBlank() && !expectedSha.strip().equalsIgnoreCase(sha)) {
                    throw new PackageRefusedException("sha256", Text.of("校验和不符: 收到的文件为 " + sha + "，与所给的 "
                            + expectedSha.strip() + " 不同 (传输中损坏?)", "checksum mismatch: the received file is " + sha
                            + ", not the given " + expectedSha.strip() + " (damaged in transfer?)"));
                }
                PackageContents contents = PackageVerifier.verify(staged, trusted(), allowUnsigned());
                PackageContents.BundleHeaders m = contents.module();
                String moduleId = m.moduleId();
                if (!moduleId.matches("[a-z]+")) {
                    throw new PackageRefusedException(Text.of("模块标识 " + moduleId + " 无效: 只能是小写字母",
                            "module id " + moduleId + " is not valid: lower-case letters only"));
                }
                Bundle current = currentBundle(moduleId);
                String from = current == null ? null : current.getVersion().toString();
                String operation = operation(moduleId, current, m);
                int applied = schema.applied().getOrDefault(m.symbolicName(), 0);
                if (m.schemaVersion() < applied) {
                    throw new ConflictException(Text.of("数据库中模块 " + moduleId + " 的表已是第 " + applied + " 版，" + m.version()
                                    + " 只认识到第 " + m.schemaVersion() + " 版，不能安装这一较旧的版本",
                            "the tables of module " + moduleId + " are at schema version " + applied + ", version " + m.version()
                                    + " knows up to " + m.schemaVersion() + ": this older version cannot be installed"));
                }
                checkResolves(staged, contents, sha);
                ModulePackageEntity before = record(moduleId, CURRENT).orElse(null);
                if (before == null && current != null) {
                    before = snapshot(moduleId, current);
                }
                Path kept = keep(staged, moduleId, m, sha, contents.kind());
                try {
                    apply(moduleId, current, kept, contents);
                } catch (BundleException e) {
                    throw new ConflictException(Text.of("安装失败: " + e.getMessage(), "installation failed: " + e.getMessage()));
                }
                PackageContents.BundleHeaders installed = m;
                ModulePackageEntity replaced = before;
                audit.change(() -> {
                    remember(moduleId, installed, contents, source, fileName, kept, sha, actor, replaced);
                    audit.recordInTx(actor, PlatformPermissions.MODULE_ID, operation, "module-package", moduleId, null,
                            operation.toLowerCase() + " " + moduleId + " " + (from == null ? "" : from + " -> ")
                                    + installed.version() + " from " + source.toLowerCase() + " " + fileName + " sha256=" + sha
                                    + (contents.signer() == null ? " (unsigned)" : " signed by " + contents.signer()));
                    return null;
                });
                LOG.info("Module package {}: {} {} {}{} by {}", fileName, operation.toLowerCase(), moduleId,
                        from == null ? "" : from + " -> ", m.version(), actor.username());
                return new PackageResult(moduleId, operation, from, m.version(), contents.signer(), sha, await(moduleId));
            } catch (PackageRefusedException e) {
                refused(actor, source, fileName, sha, e.reason());
                throw e;
            } catch (ConflictException e) {
                refused(actor, source, fileName, sha, e.text());
                throw e;
            }
        }
    }

    private void refused(UserContext actor, String source, String fileName, String sha, Text reason) {
        LOG.warn("Module package {} refused: {}", printable(fileName), reason.en());
        audit.change(() -> {
            audit.recordInTx(actor, PlatformPermissions.MODULE_ID, "PACKAGE_REFUSED", "module-package", null, null,
                    "refused " + source.toLowerCase() + " " + fileName + " sha256=" + sha + ": " + reason.en());
            return null;
        });
    }

    /** A client's file name as the log may show it: no control characters (no forged log lines), not at length. */
    static String printable(String name) {
        if (name == null) {
            return "-";
        }
        String clean = name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }

    private String operation(String moduleId, Bundle current, PackageContents.BundleHeaders m) {
        if (current == null) {
            return "INSTALL";
        }
        int c = Version.parseVersion(m.version()).compareTo(current.getVersion());
        if (c == 0) {
            throw new ConflictException(Text.of("模块 " + moduleId + " 的 " + m.version() + " 版已在运行；新的安装包须使用更高的版本号",
                    "Version " + m.version() + " of module " + moduleId + " is already running; a new package needs a higher version"));
        }
        return c > 0 ? "UPGRADE" : "DOWNGRADE";
    }

    /**
     * Installs the package's bundles under throwaway locations, asks the framework to resolve them against the
     * running system, and uninstalls them again: a package that would not resolve is refused naming what is missing.
     */
    private void checkResolves(Path file, PackageContents contents, String sha) throws IOException {
        List<Bundle> trial = new ArrayList<>();
        try {
            if ("JAR".equals(contents.kind())) {
                try (InputStream in = Files.newInputStream(file)) {
                    trial.add(context.installBundle(CHECK_LOCATION + sha, in));
                }
            } else {
                try (JarFile kar = new JarFile(file.toFile())) {
                    for (PackageContents.BundleHeaders b : contents.bundles()) {
                        if (installed(b.symbolicName(), b.version()) == null) {
                            try (InputStream in = kar.getInputStream(kar.getEntry(b.entryName()))) {
                                trial.add(context.installBundle(CHECK_LOCATION + sha + "/" + b.entryName(), in));
                            }
                        }
                    }
                }
            }
            if (!wiring.resolveBundles(trial)) {
                List<String> zh = new ArrayList<>();
                List<String> en = new ArrayList<>();
                for (Bundle b : trial) {
                    if (b.getState() == Bundle.INSTALLED) {
                        List<ModuleProblem> missing = diagnosis.missingRequirements(b);
                        if (missing.isEmpty()) {
                            zh.add(b.getSymbolicName() + " 与运行中的 bundle 冲突 (uses 约束)");
                            en.add(b.getSymbolicName() + " conflicts with the running bundles (uses constraint)");
                        }
                        missing.forEach(p -> {
                            zh.add(p.message().zh());
                            en.add(p.message().en());
                        });
                    }
                }
                throw new ConflictException(Text.of("安装包无法在当前系统中运行: " + String.join("; ", zh),
                        "the package would not resolve in the running portal: " + String.join("; ", en)));
            }
        } catch (BundleException e) {
            throw new PackageRefusedException(Text.of("不是有效的 OSGi bundle: " + e.getMessage(), "not a valid OSGi bundle: " + e.getMessage()));
        } finally {
            for (Bundle b : trial) {
                try {
                    b.uninstall();
                } catch (BundleException | IllegalStateException e) {
                    LOG.warn("Could not uninstall the trial bundle {}", b.getLocation(), e);
                }
            }
            if (!trial.isEmpty()) {
                refresh(trial);
            }
        }
    }

    /** Puts the package's bundles in place of the module's current ones and starts them. */
    private void apply(String moduleId, Bundle current, Path file, PackageContents contents) throws IOException, BundleException {
        Feature feature = current == null ? null : featureOf(current);
        if (feature != null) {
            uninstallFeature(feature);
            current = null;
        }
        List<Bundle> changed = new ArrayList<>();
        List<Bundle> toStart = new ArrayList<>();
        if ("JAR".equals(contents.kind())) {
            try (InputStream in = Files.newInputStream(file)) {
                if (current == null) {
                    toStart.add(context.installBundle(LOCATION + moduleId, in));
                } else {
                    update(current, in);
                    changed.add(current);
                    toStart.add(current);
                }
            }
        } else {
            try (JarFile kar = new JarFile(file.toFile())) {
                for (PackageContents.BundleHeaders b : contents.bundles()) {
                    if (installed(b.symbolicName(), b.version()) != null) {
                        continue;
                    }
                    Bundle existing = installed(b.symbolicName(), null);
                    try (InputStream in = kar.getInputStream(kar.getEntry(b.entryName()))) {
                        if (existing == null) {
                            toStart.add(context.installBundle(LOCATION + moduleId + "/" + b.symbolicName(), in));
                        } else {
                            update(existing, in);
                            changed.add(existing);
                            toStart.add(existing);
                        }
                    }
                }
            }
        }
        if (!changed.isEmpty()) {
            refresh(changed);
        }
        for (Bundle b : toStart) {
            start(moduleId, b);
        }
    }

    /**
     * Starts a bundle of the module; a start that loses the framework's resolve lock to another thread (e.g. a features
     * operation) is tried again, any other failure is recorded for the module list.
     */
    private void start(String moduleId, Bundle b) {
        for (int attempt = 1; ; attempt++) {
            try {
                b.start();
                return;
            } catch (BundleException | IllegalStateException e) {
                boolean lockContention = e.getMessage() != null && e.getMessage().contains("global lock");
                if (!lockContention || attempt == 5) {
                    LOG.warn("Module {}: bundle {} did not start: {}", moduleId, b.getSymbolicName(), e.getMessage());
                    diagnosis.startFailed(b, e);
                    return;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100L * attempt));
            }
        }
    }

    /**
     * Replaces a bundle's content while it is stopped, so that nothing of the new version starts on the old wiring; the
     * caller refreshes it (dropping the old revision and its class loader) and only then starts it.
     */
    private static void update(Bundle bundle, InputStream content) throws BundleException {
        bundle.stop();
        bundle.update(content);
    }

    private void removeModule(UserContext actor, String moduleId, boolean moveDeployFile) {
        synchronized (lock) {
            Bundle current = currentBundle(moduleId);
            if (current == null) {
                throw NotFoundException.of(MODULE, moduleId);
            }
            String version = current.getVersion().toString();
            removeBundles(moduleId);
            Optional<ModulePackageEntity> record = record(moduleId, CURRENT);
            if (moveDeployFile && record.isPresent() && "DEPLOY".equals(record.get().getSource())) {
                Path deployed = deployDir().resolve(record.get().getFileName());
                try {
                    Path away = store().resolve("removed");
                    Files.createDirectories(away);
                    Files.move(deployed, away.resolve(record.get().getFileName()), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    LOG.warn("Could not move {} out of the deploy folder: {}", deployed, e.getMessage());
                }
            }
            Jpa.run(emf, em -> em.createQuery("select p from ModulePackageEntity p where p.moduleId = :m and p.status in ('CURRENT', 'PREVIOUS')",
                    ModulePackageEntity.class).setParameter("m", moduleId).getResultList().forEach(p -> p.setStatus("REMOVED")));
            audit.change(() -> {
                audit.recordInTx(actor, PlatformPermissions.MODULE_ID, "REMOVE", "module-package", moduleId, null,
                        "removed " + moduleId + " " + version + " (its tables and data stay)");
                return null;
            });
        }
    }

    /** Uninstalls every bundle of the module (through its feature when the distribution installed it). */
    private void removeBundles(String moduleId) {
        List<Bundle> bundles = moduleBundles(moduleId);
        for (Bundle b : bundles) {
            Feature feature = featureOf(b);
            if (feature != null) {
                uninstallFeature(feature);
            }
        }
        List<Bundle> left = bundles.stream().filter(b -> b.getState() != Bundle.UNINSTALLED).toList();
        for (Bundle b : left) {
            try {
                b.uninstall();
            } catch (BundleException e) {
                throw new IllegalStateException("cannot uninstall " + b.getSymbolicName() + ": " + e.getMessage(), e);
            }
        }
        if (!left.isEmpty()) {
            refresh(left);
        }
    }

    /**
     * Waits until the module runs without problems and its REST and SOAP endpoints are published (so that the caller's
     * next request reaches the new version), or failed in a way waiting will not change.
     */
    private ModuleInfo await(String moduleId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(config.packageWaitSeconds());
        ModuleInfo info = null;
        // the state must hold for a few checks in a row: between a component's activation and the publisher taking its
        // REST resource in, the module can look ready for a moment while its old endpoints are gone (PackagesTest saw
        // the module's REST answer 404 right after an upgrade and a roll back answered)
        int settled = 0;
        while (System.nanoTime() < deadline) {
            info = registry.module(moduleId).orElse(null);
            Bundle bundle = currentBundle(moduleId);
            boolean published = bundle != null && !contributions.publishing(bundle.getBundleId());
            if (info != null && settledFailure(info)) {
                return info;
            }
            settled = info != null && info.installed() && info.healthy() && published ? settled + 1 : 0;
            if (settled >= 4) {
                return info;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return info;
    }

    private static boolean settledFailure(ModuleInfo info) {
        return info.problems().stream().anyMatch(p -> p.kind() == ModuleProblem.Kind.MIGRATION || p.kind() == ModuleProblem.Kind.START
                || p.kind() == ModuleProblem.Kind.REQUIREMENT || p.message().en().contains("failed to activate"));
    }

    // ---------------------------------------------------------------------------------------------- the records

    private Optional<ModulePackageEntity> record(String moduleId, String status) {
        return Jpa.tx(emf, em -> em.createQuery("select p from ModulePackageEntity p where p.moduleId = :m and p.status = :s "
                + "order by p.id desc", ModulePackageEntity.class).setParameter("m", moduleId).setParameter("s", status)
                .getResultList().stream().findFirst());
    }

    /**
     * The version that runs now but did not come through this service: the distribution's feature, or (installed by
     * other means) a copy of its jar, so that the first upgrade can be rolled back too.
     */
    private ModulePackageEntity snapshot(String moduleId, Bundle current) {
        ModulePackageEntity p = new ModulePackageEntity();
        p.setModuleId(moduleId);
        p.setBundleName(current.getSymbolicName());
        p.setBundleVersion(current.getVersion().toString());
        p.setSchemaKnown(schemaOf(current));
        p.setSource("DISTRIBUTION");
        p.setInstalledAt(LocalDateTime.now());
        p.setInstalledBy("system");
        Feature feature = featureOf(current);
        if (feature != null) {
            p.setKind("FEATURE");
            p.setFeatureName(feature.getName() + "/" + feature.getVersion());
            return p;
        }
        try (InputStream in = new URL(current.getLocation()).openStream()) {
            Path copy = store().resolve(moduleId).resolve(current.getSymbolicName() + "-" + current.getVersion() + "-before.jar");
            Files.createDirectories(copy.getParent());
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            p.setKind("BUNDLE");
            p.setStoragePath(copy.toString());
            p.setFileName(copy.getFileName().toString());
            p.setSha256(sha256(copy));
            return p;
        } catch (IOException | RuntimeException e) {
            LOG.info("Module {}: the running version's jar ({}) cannot be kept for a roll back: {}", moduleId, current.getLocation(), e.getMessage());
            return null;
        }
    }

    private void remember(String moduleId, PackageContents.BundleHeaders m, PackageContents contents, String source,
                          String fileName, Path kept, String sha, UserContext actor, ModulePackageEntity before) {
        List<Path> obsolete = new ArrayList<>();
        Jpa.run(emf, em -> {
            for (ModulePackageEntity old : em.createQuery("select p from ModulePackageEntity p where p.moduleId = :m and p.status = :s",
                    ModulePackageEntity.class).setParameter("m", moduleId).setParameter("s", PREVIOUS).getResultList()) {
                old.setStatus("SUPERSEDED");
                if (old.getStoragePath() != null) {
                    obsolete.add(Paths.get(old.getStoragePath()));
                }
            }
            if (before != null) {
                if (before.getId() == null) {
                    before.setStatus(PREVIOUS);
                    em.persist(before);
                } else {
                    em.find(ModulePackageEntity.class, before.getId()).setStatus(PREVIOUS);
                }
            }
            ModulePackageEntity p = new ModulePackageEntity();
            p.setModuleId(moduleId);
            p.setBundleName(m.symbolicName());
            p.setBundleVersion(m.version());
            p.setKind(contents.kind());
            p.setSource(source);
            p.setFileName(fileName);
            p.setStoragePath(kept.toString());
            p.setSha256(sha);
            p.setSchemaKnown(m.schemaVersion());
            p.setSigner(contents.signer());
            p.setStatus(CURRENT);
            p.setInstalledAt(LocalDateTime.now());
            p.setInstalledBy(actor.username());
            em.persist(p);
        });
        // only the running version and the one before are kept on disk
        for (Path o : obsolete) {
            if (!o.equals(kept)) {
                try {
                    Files.deleteIfExists(o);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}: {}", o, e.getMessage());
                }
            }
        }
    }

    private static PackageRecord dto(ModulePackageEntity p) {
        return new PackageRecord(p.getId(), p.getModuleId(), p.getBundleName(), p.getBundleVersion(), p.getKind(), p.getSource(),
                p.getFileName() != null ? p.getFileName() : p.getFeatureName(), p.getSha256(), p.getSchemaKnown(), p.getSigner(),
                p.getStatus(), p.getInstalledAt(), p.getInstalledBy());
    }

    // ------------------------------------------------------------------------------------------- bundles, features

    /** The module's running bundle: the one declaring it that is active, else the newest (never a trial bundle). */
    public Bundle currentBundle(String moduleId) {
        List<Bundle> bundles = moduleBundles(moduleId);
        return bundles.stream().filter(b -> b.getState() == Bundle.ACTIVE).findFirst()
                .orElse(bundles.stream().max((a, b) -> a.getVersion().compareTo(b.getVersion())).orElse(null));
    }

    private List<Bundle> moduleBundles(String moduleId) {
        List<Bundle> result = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (moduleId.equals(ModuleRegistryImpl.moduleIdOf(b)) && !b.getLocation().startsWith(CHECK_LOCATION)) {
                result.add(b);
            }
        }
        return result;
    }

    private Bundle installed(String symbolicName, String version) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && !b.getLocation().startsWith(CHECK_LOCATION)
                    && (version == null || b.getVersion().equals(Version.parseVersion(version)))) {
                return b;
            }
        }
        return null;
    }

    /** The installed distribution feature that brought this bundle, if any. */
    private Feature featureOf(Bundle bundle) {
        FeaturesService fs = features;
        if (fs == null) {
            return null;
        }
        try {
            for (Feature f : fs.listInstalledFeatures()) {
                if (f.getBundles().stream().anyMatch(b -> bundle.getLocation().equals(b.getLocation()))) {
                    return f;
                }
            }
        } catch (Exception e) {
            LOG.warn("Cannot list the installed features: {}", e.getMessage());
        }
        return null;
    }

    private void uninstallFeature(Feature feature) {
        try {
            features.uninstallFeature(feature.getName(), feature.getVersion(), EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        } catch (Exception e) {
            throw new IllegalStateException("cannot uninstall the feature " + feature.getName() + ": " + e.getMessage(), e);
        }
    }

    private void installFeature(String nameAndVersion) {
        String[] nv = nameAndVersion.split("/", 2);
        try {
            features.installFeature(nv[0], nv.length > 1 ? nv[1] : null, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        } catch (Exception e) {
            throw new IllegalStateException("cannot install the feature " + nameAndVersion + ": " + e.getMessage(), e);
        }
    }

    private void refresh(Collection<Bundle> bundles) {
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(bundles, e -> done.countDown());
        try {
            if (!done.await(60, TimeUnit.SECONDS)) {
                LOG.warn("Refreshing {} took more than a minute", bundles);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The highest migration a bundle carries. */
    private static int schemaOf(Bundle bundle) {
        String folder = bundle.getHeaders("").get(SchemaReady.MANIFEST_HEADER);
        if (folder == null) {
            return 0;
        }
        Enumeration<URL> urls = bundle.findEntries(folder.strip(), "V*__*.sql", false);
        int highest = 0;
        for (URL u : urls == null ? Collections.<URL>emptyList() : Collections.list(urls)) {
            String name = u.getPath().substring(u.getPath().lastIndexOf('/') + 1);
            try {
                highest = Math.max(highest, Integer.parseInt(name.substring(1, name.indexOf("__"))));
            } catch (NumberFormatException e) {
                // not a migration's name; the extender refuses it anyway
            }
        }
        return highest;
    }

    // -------------------------------------------------------------------------------------------------- files

    private Path store() {
        return Paths.get(System.getProperty("karaf.data", "data"), "portal-packages");
    }

    /** Copies the content to a file of its own (nothing is checked on a stream that is still arriving). */
    private Path stage(InputStream content) throws IOException {
        Path dir = store().resolve("incoming");
        Files.createDirectories(dir);
        Path staged = dir.resolve(UUID.randomUUID() + ".part");
        long max = (long) config.maxPackageMegabytes() * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(staged)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = content.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    throw new PackageRefusedException(Text.of("安装包超过 " + config.maxPackageMegabytes() + " MB",
                            "the package is larger than " + config.maxPackageMegabytes() + " MB"));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(staged);
            throw e;
        }
        return staged;
    }

    /** Keeps a checked package for the records and for a later roll back. */
    private Path keep(Path staged, String moduleId, PackageContents.BundleHeaders m, String sha, String kind) throws IOException {
        Path dir = store().resolve(moduleId);
        Files.createDirectories(dir);
        Path kept = dir.resolve(m.symbolicName() + "-" + m.version() + "-" + sha.substring(0, 12) + ("KAR".equals(kind) ? ".kar" : ".jar"));
        Files.copy(staged, kept, StandardCopyOption.REPLACE_EXISTING);
        return kept;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cleanName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload.jar" : fileName.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("[^A-Za-z0-9._\\-]", "_");
        return name.length() > 150 ? name.substring(name.length() - 150) : name;
    }

    // ------------------------------------------------------------------------------------------------- policy

    private String unsignedSetting() {
        String s = config.unsignedPackages();
        return s == null ? "demo" : s.strip().toLowerCase();
    }

    boolean allowUnsigned() {
        String s = unsignedSetting();
        return "allow".equals(s) || "demo".equals(s) && DemoMode.isOn(config);
    }

    private Path trustDir() {
        String dir = config.packageTrustDir();
        return dir == null || dir.isBlank() ? Paths.get(System.getProperty("karaf.etc", "etc"), "portal-trust") : Paths.get(dir);
    }

    private List<X509Certificate> trusted() {
        return TrustStore.load(trustDir());
    }
}
