package org.jindu.portal.core.internal.demo;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManagerFactory;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.DemoContext;
import org.jindu.portal.api.module.DemoDataContributor;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.UnitKind;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.core.internal.Settings;
import org.jindu.portal.core.internal.access.PolicyStore;
import org.jindu.portal.core.internal.config.CoreConfig;
import org.jindu.portal.core.internal.config.DemoMode;
import org.jindu.portal.core.internal.org.OrgAdminImpl;
import org.jindu.portal.core.internal.org.OrgStore;
import org.jindu.portal.core.internal.security.UserStore;
import org.jindu.portal.platform.admin.OrgNodeDraft;
import org.jindu.portal.platform.admin.UnitDraft;
import org.jindu.portal.platform.admin.UserDraft;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode: loads the fictional town (海港市港湾镇, ten villages and communities with two grids each, a second
 * town for exchanges), the member units, one user per role (password {@code demo}), then every module's
 * {@link DemoDataContributor}, each once per database. Outside demo mode it does nothing at all.
 * Contributions run on one background thread so that a slow one never blocks a bundle start.
 */
@Component(service = DemoDataLoader.class, immediate = true, configurationPid = CoreConfig.PID)
public class DemoDataLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String PLATFORM_KEY = "demo.platform.v1";
    public static final String PASSWORD = "demo";

    /** Demo users: user name → description shown in the banner. */
    static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("admin", "系统管理员 System administrator");
        USERS.put("city", "市禁毒办 City drug-control office (assesses towns)");
        USERS.put("office", "镇禁毒办 Drug-control office staff");
        USERS.put("police", "派出所 (成员单位) Member-unit staff: police");
        USERS.put("edu", "教育和体育事务中心 (成员单位) Member-unit staff: education");
        USERS.put("police-admin", "派出所 成员单位管理员 Unit administrator: police (modules, staff accounts)");
        USERS.put("village", "东村村 Village staff, Dongcun");
        USERS.put("village2", "西村村 Village staff, Xicun");
        USERS.put("assessor", "考评人员 Assessor");
        USERS.put("leader", "领导(只读) Leader, read-only");
    }

    private final boolean demo;
    private final OrgStore org;
    private final OrgAdminImpl orgAdmin;
    private final PolicyStore policy;
    private final UserStore users;
    private final Settings settings;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "portal-demo-data");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean platformReady;
    private final Map<String, DemoDataContributor> pending = new LinkedHashMap<>();
    /** Contributions loaded (now or at an earlier start). */
    private final java.util.Set<String> loaded = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Activate
    public DemoDataLoader(CoreConfig config, @Reference OrgStore org, @Reference OrgAdminImpl orgAdmin,
                          @Reference PolicyStore policy, @Reference UserStore users,
                          @Reference(target = "(osgi.unit.name=portal.core)") EntityManagerFactory emf,
                          @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.core)") SchemaReady schema) {
        this.demo = DemoMode.isOn(config);
        this.org = org;
        this.orgAdmin = orgAdmin;
        this.policy = policy;
        this.users = users;
        this.settings = new Settings(emf);
        if (demo) {
            executor.execute(this::loadPlatform);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindContributor(DemoDataContributor contributor) {
        synchronized (pending) {
            pending.put(contributor.id(), contributor);
        }
        if (demo) {
            executor.execute(this::runContributors);
        }
    }

    void unbindContributor(DemoDataContributor contributor) {
        synchronized (pending) {
            pending.remove(contributor.id());
        }
    }

    /**
     * In demo mode, what is not loaded yet (or failed): {@code portal} for the platform's data, else the ids of the
     * modules' contributions. Empty outside demo mode.
     */
    public List<String> notLoaded() {
        if (!demo) {
            return List.of();
        }
        if (!platformReady) {
            return List.of("portal");
        }
        synchronized (pending) {
            return pending.keySet().stream().filter(id -> !loaded.contains(id)).toList();
        }
    }

    void loadPlatform() {
        try {
            if (settings.get(PLATFORM_KEY).isEmpty()) {
                long start = System.nanoTime();
                createPlatformData();
                settings.put(PLATFORM_KEY, LocalDateTime.now().toString());
                LOG.info("Demo platform data loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            }
            platformReady = true;
            banner();
            runContributors();
        } catch (RuntimeException e) {
            LOG.error("Loading the demo data failed", e);
        }
    }

    private void runContributors() {
        if (!platformReady) {
            return;
        }
        List<DemoDataContributor> todo;
        synchronized (pending) {
            todo = List.copyOf(pending.values());
        }
        for (DemoDataContributor c : todo) {
            String key = "demo.contribution." + c.id();
            if (loaded.contains(c.id())) {
                continue;
            }
            if (settings.get(key).isPresent()) {
                loaded.add(c.id());
                continue;
            }
            try {
                long start = System.nanoTime();
                c.load(context());
                settings.put(key, LocalDateTime.now().toString());
                loaded.add(c.id());
                LOG.info("Demo data {} loaded in {} ms", c.id(), (System.nanoTime() - start) / 1_000_000);
            } catch (Exception e) {
                LOG.error("Demo data {} failed; it will be retried at the next start", c.id(), e);
            }
        }
    }

    private DemoContext context() {
        return new DemoContext() {
            @Override
            public OrgDirectory org() {
                return org;
            }

            @Override
            public UserContext user(String username) {
                return users.byUsername(username).map(UserStore::context)
                        .orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
            }
        };
    }

    private void createPlatformData() {
        OrgNode city = node(null, "HG", "海港市", "Haigang City", OrgLevel.CITY, 0);
        OrgNode town = node(city, "HG-GW", "港湾镇", "Gangwan Town", OrgLevel.TOWN, 1);
        String[][] villages = {
                {"DC", "东村村", "Dongcun Village"}, {"XC", "西村村", "Xicun Village"},
                {"NS", "南沙社区", "Nansha Community"}, {"BS", "北山社区", "Beishan Community"},
                {"SG", "沙港村", "Shagang Village"}, {"SJ", "石井村", "Shijing Village"},
                {"XM", "新民社区", "Xinmin Community"}, {"HP", "和平村", "Heping Village"},
                {"YX", "永兴村", "Yongxing Village"}, {"FT", "福田社区", "Futian Community"}};
        OrgNode dongcun = null;
        OrgNode xicun = null;
        for (int i = 0; i < villages.length; i++) {
            OrgNode v = node(town, "HG-GW-" + villages[i][0], villages[i][1], villages[i][2], OrgLevel.VILLAGE, i + 1);
            node(v, v.code() + "-G1", villages[i][1] + "第一网格", villages[i][2] + " grid 1", OrgLevel.GRID, 1);
            node(v, v.code() + "-G2", villages[i][1] + "第二网格", villages[i][2] + " grid 2", OrgLevel.GRID, 2);
            if (i == 0) {
                dongcun = v;
            } else if (i == 1) {
                xicun = v;
            }
        }
        OrgNode otherTown = node(city, "HG-XT", "新塘镇", "Xintang Town", OrgLevel.TOWN, 2);
        OrgNode xt1 = node(otherTown, "HG-XT-HS", "河山村", "Heshan Village", OrgLevel.VILLAGE, 1);
        node(xt1, "HG-XT-HS-G1", "河山村第一网格", "Heshan grid 1", OrgLevel.GRID, 1);
        node(otherTown, "HG-XT-LY", "绿园社区", "Lvyuan Community", OrgLevel.VILLAGE, 2);

        String[][] units = {
                {"OFFICE", "港湾镇禁毒办", "Gangwan drug-control office"},
                {"POLICE", "港湾派出所", "Gangwan police station"},
                {"EDU", "教育和体育事务中心", "Education and sports centre"},
                {"MARKET", "市场监督管理所", "Market supervision office"},
                {"HEALTH", "卫生健康办", "Health office"},
                {"SOCIAL", "社会事务办", "Social affairs office"},
                {"JUSTICE", "司法所", "Judicial office"}};
        for (String[] u : units) {
            orgAdmin.createUnitUnchecked(new UnitDraft(u[0], u[1], u[2], town.id(), UnitKind.of(u[0])));
        }
        Map<String, List<String>> enabled = Map.of(
                "OFFICE", List.of("assessment", "precursor", "education", "control", "intelligence"),
                "POLICE", List.of("control", "intelligence", "precursor"),
                "EDU", List.of("education"),
                "MARKET", List.of("precursor"),
                "HEALTH", List.of("precursor", "education"),
                "SOCIAL", List.of("control"),
                "JUSTICE", List.of("control"));
        enabled.forEach((unit, modules) -> modules.forEach(m -> policy.setEnabled(unit, m, true, "demo")));

        String demoHash = users.hasher().hash(PASSWORD);
        user("admin", "管理员", Role.SYSTEM_ADMIN, city, Set.of(), demoHash);
        user("city", "黄市办(演示)", Role.OFFICE_STAFF, city, Set.of(), demoHash);
        user("office", "王禁毒(演示)", Role.OFFICE_STAFF, town, Set.of("OFFICE"), demoHash);
        user("police", "李警官(演示)", Role.UNIT_STAFF, town, Set.of("POLICE"), demoHash);
        user("edu", "陈老师(演示)", Role.UNIT_STAFF, town, Set.of("EDU"), demoHash);
        user("police-admin", "孙所长(演示)", Role.UNIT_ADMIN, town, Set.of("POLICE"), demoHash);
        user("village", "张东村(演示)", Role.VILLAGE_STAFF, dongcun, Set.of(), demoHash);
        user("village2", "赵西村(演示)", Role.VILLAGE_STAFF, xicun, Set.of(), demoHash);
        user("assessor", "刘考评(演示)", Role.ASSESSOR, town, Set.of(), demoHash);
        user("leader", "周领导(演示)", Role.LEADER, town, Set.of(), demoHash);
    }

    private OrgNode node(OrgNode parent, String code, String name, String nameEn, OrgLevel level, int order) {
        return org.nodeByCode(code).orElseGet(() -> orgAdmin.createNodeUnchecked(
                new OrgNodeDraft(parent == null ? null : parent.id(), code, name, nameEn, level, order)));
    }

    private void user(String username, String name, Role role, OrgNode scope, Set<String> units, String passwordHash) {
        if (users.byUsername(username).isEmpty()) {
            users.create(new UserDraft(username, name, Set.of(role), Set.of(scope.id()), units, true, PASSWORD), passwordHash);
        }
    }

    private void banner() {
        String port = System.getProperty("org.osgi.service.http.port", "8181");
        StringBuilder sb = new StringBuilder("\n================ 禁毒示范创建门户 Jindu Portal (演示模式 demo mode) ================\n");
        sb.append("  界面 UI:       http://localhost:").append(port).append("/portal\n");
        sb.append("  REST:          http://localhost:").append(port).append("/api/v1  (OpenAPI: /api/openapi.json)\n");
        sb.append("  SOAP:          http://localhost:").append(port).append("/soap/\n");
        sb.append("  演示账号 Demo logins (密码 password: ").append(PASSWORD).append("):\n");
        USERS.forEach((u, d) -> sb.append(String.format("    %-12s %s%n", u, d)));
        sb.append("=====================================================================================\n");
        System.out.println(sb);
        LOG.info(sb.toString());
    }
}
