package org.jindu.portal.assessment.internal.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.jindu.portal.api.AccessDeniedException;
import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.audit.AuditPage;
import org.jindu.portal.api.audit.AuditQuery;
import org.jindu.portal.api.audit.ChainVerification;
import org.jindu.portal.api.data.FileStore;
import org.jindu.portal.api.data.StoredFile;
import org.jindu.portal.api.data.Table;
import org.jindu.portal.api.data.TableExporter;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.org.UserDirectory;
import org.jindu.portal.api.org.UserRef;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The module's services wired by hand on a fresh database (in-memory Derby, or a fresh PostgreSQL schema with
 * {@code PORTAL_TEST_POSTGRES_URL}), with small stand-ins for the platform: an org tree like the demo town, an access
 * policy that applies the module's default role grants and scopes the way the platform does, and recorders for audit
 * entries, events and files. The clock is fixed at {@link #TODAY}.
 */
public final class Fixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String POSTGRES = System.getenv("PORTAL_TEST_POSTGRES_URL");

    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    public final Org org = new Org();
    public final List<String> audit = Collections.synchronizedList(new ArrayList<>());
    public final List<Event> events = Collections.synchronizedList(new ArrayList<>());
    final Map<String, byte[]> files = new HashMap<>();
    public final Map<String, UserContext> users = new LinkedHashMap<>();
    public final Support support;
    public final StandardService standards;
    public final RoundService rounds;
    public final ApplicationService applications;
    public final ScoringService scoring;
    public final EvidenceService evidence;
    public final TitleService titles;
    public final CoverageService coverage;

    /** The villages of the demo town. */
    public static final List<String> DEMO_VILLAGES = List.of("DC:东村村", "XC:西村村", "NS:南沙社区", "BS:北山社区", "SG:沙港村",
            "SJ:石井村", "XM:新民社区", "HP:和平村", "YX:永兴村", "FT:福田社区");

    /** The town with its first five villages. */
    public Fixture() throws Exception {
        this(DEMO_VILLAGES.subList(0, 5));
    }

    public Fixture(List<String> villages) throws Exception {
        dataSource = POSTGRES == null || POSTGRES.isBlank() ? derby() : postgres();
        migrate(dataSource);
        emf = Persistence.createEntityManagerFactory("portal.assessment", Map.of(
                "openjpa.ConnectionFactory", dataSource, "javax.persistence.nonJtaDataSource", dataSource));
        OrgNode city = org.add(null, "HG", "海港市", OrgLevel.CITY);
        OrgNode town = org.add(city, "HG-GW", "港湾镇", OrgLevel.TOWN);
        for (String v : villages) {
            OrgNode village = org.add(town, "HG-GW-" + v.split(":")[0], v.split(":")[1], OrgLevel.VILLAGE);
            org.add(village, village.code() + "-G1", v.split(":")[1] + "第一网格", OrgLevel.GRID);
        }
        OrgNode other = org.add(city, "HG-XT", "新塘镇", OrgLevel.TOWN);
        org.add(other, "HG-XT-HS", "河山村", OrgLevel.VILLAGE);
        user(1, "city", Role.OFFICE_STAFF, "HG");
        user(2, "office", Role.OFFICE_STAFF, "HG-GW");
        user(3, "village", Role.VILLAGE_STAFF, "HG-GW-DC");
        user(4, "village2", Role.VILLAGE_STAFF, "HG-GW-XC");
        user(5, "assessor", Role.ASSESSOR, "HG-GW");
        user(6, "assessor2", Role.ASSESSOR, "HG-GW");
        user(7, "leader", Role.LEADER, "HG-GW");
        user(8, "xtoffice", Role.OFFICE_STAFF, "HG-XT");
        user(9, "xtassessor", Role.ASSESSOR, "HG-XT");

        support = new Support(emf, new Access(), new Audit(), org, new Events(), config(),
                Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        standards = new StandardService(support);
        rounds = new RoundService(support, standards);
        applications = new ApplicationService(support, standards, rounds);
        scoring = new ScoringService(support, applications, new Users());
        evidence = new EvidenceService(support, applications, new Files());
        titles = new TitleService(support, applications);
        coverage = new CoverageService(support, new Exporter());
    }

    public UserContext user(String name) {
        return users.get(name);
    }

    public OrgNode node(String code) {
        return org.nodeByCode(code).orElseThrow();
    }

    private void user(long id, String name, Role role, String scope) {
        users.put(name, new UserContext(id, name, name + "(测试)", Set.of(role), Set.of(node(scope).id()), Set.of(), Locale.SIMPLIFIED_CHINESE));
    }

    static AssessmentConfig config() {
        return new AssessmentConfig() {
            public Class<? extends Annotation> annotationType() { return AssessmentConfig.class; }
            public int villageCycleMonths() { return 6; }
            public int townCycleMonths() { return 12; }
            public double townCoveragePercent() { return 80; }
            public String defaultTargets() { return "2024:60"; }
            public int firstYear() { return 2022; }
        };
    }

    // ---------------------------------------------------------------- database

    private static DataSource derby() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:assessment" + COUNTER.incrementAndGet());
        ds.setCreateDatabase("create");
        return ds;
    }

    private static DataSource postgres() throws Exception {
        String schema = "a" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(POSTGRES);
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            st.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(POSTGRES);
        ds.setCurrentSchema(schema);
        return ds;
    }

    /** Runs the module's migration scripts in order (the platform's migrator does the same, plus bookkeeping). */
    private static void migrate(DataSource ds) throws Exception {
        Path dir = Paths.get("src/main/resources/META-INF/portal/migrations");
        List<Path> scripts;
        try (Stream<Path> s = java.nio.file.Files.list(dir)) {
            scripts = s.sorted().toList();
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (Path p : scripts) {
                String sql = java.nio.file.Files.readString(p, StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
                for (String statement : sql.split(";")) {
                    if (!statement.isBlank()) {
                        st.execute(statement);
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        emf.close();
        if (dataSource instanceof PGSimpleDataSource pg) {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + pg.getCurrentSchema() + " CASCADE");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---------------------------------------------------------------- stand-ins for the platform

    public static final class Org implements OrgDirectory {
        private final Map<Long, OrgNode> nodes = new LinkedHashMap<>();
        private long next = 100;

        OrgNode add(OrgNode parent, String code, String name, OrgLevel level) {
            OrgNode n = new OrgNode(next++, parent == null ? null : parent.id(), code, name, code, level);
            nodes.put(n.id(), n);
            return n;
        }

        public OrgNode root() {
            return nodes.values().iterator().next();
        }

        public Optional<OrgNode> node(long id) {
            return Optional.ofNullable(nodes.get(id));
        }

        public Optional<OrgNode> nodeByCode(String code) {
            return nodes.values().stream().filter(n -> n.code().equals(code)).findFirst();
        }

        public List<OrgNode> children(long id) {
            return nodes.values().stream().filter(n -> n.parentId() != null && n.parentId() == id).toList();
        }

        public List<OrgNode> subtree(long id) {
            List<OrgNode> out = new ArrayList<>();
            out.add(nodes.get(id));
            children(id).forEach(c -> out.addAll(subtree(c.id())));
            return out;
        }

        public Set<Long> subtreeIds(long id) {
            return subtree(id).stream().map(OrgNode::id).collect(Collectors.toSet());
        }

        public List<OrgNode> path(long id) {
            List<OrgNode> out = new ArrayList<>();
            for (OrgNode n = nodes.get(id); n != null; n = n.parentId() == null ? null : nodes.get(n.parentId())) {
                out.add(0, n);
            }
            return out;
        }

        public boolean isInSubtree(long nodeId, long ancestorId) {
            return path(nodeId).stream().anyMatch(n -> n.id() == ancestorId);
        }

        public List<OrgNode> nodesAtLevel(OrgLevel level) {
            return nodes.values().stream().filter(n -> n.level() == level).toList();
        }

        public Optional<OrgNode> ancestorAtLevel(long nodeId, OrgLevel level) {
            return path(nodeId).stream().filter(n -> n.level() == level).findFirst();
        }

        public List<MemberUnit> units() {
            return List.of();
        }

        public Optional<MemberUnit> unit(String code) {
            return Optional.empty();
        }
    }

    /** The module's default grants, scoped to the users' subtrees (what the platform's policy does for them). */
    final class Access implements AccessPolicy {
        public boolean isPermitted(UserContext user, String permission) {
            return Permissions.all().stream().filter(p -> p.id().equals(permission)).map(PermissionDef::defaultRoles)
                    .anyMatch(roles -> user.roles().stream().anyMatch(roles::contains));
        }

        public boolean isPermitted(UserContext user, String permission, long orgNodeId) {
            return isPermitted(user, permission) && user.scopeNodeIds().stream().anyMatch(s -> org.isInSubtree(orgNodeId, s));
        }

        public void check(UserContext user, String permission) {
            if (!isPermitted(user, permission)) {
                throw AccessDeniedException.forPermission(permission);
            }
        }

        public void check(UserContext user, String permission, long orgNodeId) {
            if (!isPermitted(user, permission, orgNodeId)) {
                throw AccessDeniedException.forPermission(permission);
            }
        }

        public Set<Long> visibleNodes(UserContext user, String permission) {
            Set<Long> out = new HashSet<>();
            if (isPermitted(user, permission)) {
                user.scopeNodeIds().forEach(s -> out.addAll(org.subtreeIds(s)));
            }
            return out;
        }

        public Set<String> grantedPermissions(UserContext user) {
            return Permissions.all().stream().map(PermissionDef::id).filter(p -> isPermitted(user, p)).collect(Collectors.toSet());
        }

        public boolean isModuleUsable(UserContext user, String moduleId) {
            return true;
        }
    }

    final class Audit implements AuditLog {
        public void record(UserContext actor, String moduleId, String action, String recordType, String recordId, Long orgNodeId, String detail) {
            audit.add(actor.username() + " " + action + " " + recordType + " " + recordId + " " + detail);
        }

        public void recordAnonymous(String actorName, String moduleId, String action, String detail) {
            audit.add(actorName + " " + action + " " + detail);
        }

        public AuditPage search(UserContext user, AuditQuery query) {
            throw new UnsupportedOperationException();
        }

        public ChainVerification verify(UserContext user) {
            throw new UnsupportedOperationException();
        }
    }

    final class Events implements EventAdmin {
        public void postEvent(Event event) {
            events.add(event);
        }

        public void sendEvent(Event event) {
            events.add(event);
        }
    }

    final class Users implements UserDirectory {
        public List<UserRef> withRole(Role role) {
            return users.values().stream().filter(u -> u.hasRole(role))
                    .map(u -> new UserRef(u.userId(), u.username(), u.displayName(), u.roles(), u.scopeNodeIds())).toList();
        }

        public Optional<UserRef> user(long id) {
            return users.values().stream().filter(u -> u.userId() == id).findFirst()
                    .map(u -> new UserRef(u.userId(), u.username(), u.displayName(), u.roles(), u.scopeNodeIds()));
        }
    }

    /** Keeps files in memory; refuses anything but PDF, like the platform refuses unknown types. */
    final class Files implements FileStore {
        private final Map<String, StoredFile> meta = new HashMap<>();

        public StoredFile store(UserContext actor, String moduleId, String ownerType, String ownerId, Long orgNodeId,
                                String fileName, InputStream content) throws IOException {
            byte[] bytes = content.readAllBytes();
            if (bytes.length < 4 || !new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF")) {
                throw ValidationException.of("file", Text.of("不支持的文件类型", "file type not allowed"));
            }
            String id = UUID.randomUUID().toString();
            files.put(id, bytes);
            StoredFile f = new StoredFile(id, moduleId, ownerType, ownerId, orgNodeId, fileName, "application/pdf", bytes.length,
                    "0123456789abcdef0123", actor.username(), Instant.now());
            meta.put(id, f);
            return f;
        }

        public Optional<StoredFile> find(String fileId) {
            return Optional.ofNullable(meta.get(fileId));
        }

        public List<StoredFile> list(String moduleId, String ownerType, String ownerId) {
            return meta.values().stream().filter(f -> f.ownerId().equals(ownerId)).toList();
        }

        public InputStream open(String fileId) {
            return new ByteArrayInputStream(files.get(fileId));
        }

        public void delete(String fileId) {
            files.remove(fileId);
            meta.remove(fileId);
        }
    }

    static final class Exporter implements TableExporter {
        public void xlsx(Table table, OutputStream out) throws IOException {
            out.write(("XLSX " + table.title() + " " + table.rows().size()).getBytes(StandardCharsets.UTF_8));
        }

        public void csv(Table table, OutputStream out) throws IOException {
            out.write(table.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
