package org.jindu.portal.core.internal.access;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.persistence.EntityManagerFactory;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleDescriptor;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.org.UnitKind;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.core.internal.domain.PermissionRules;
import org.jindu.portal.core.internal.persistence.ModuleEntity;
import org.jindu.portal.core.internal.persistence.PermissionEntity;
import org.jindu.portal.core.internal.persistence.RoleGrantEntity;
import org.jindu.portal.core.internal.persistence.UnitModuleEntity;
import org.jindu.portal.support.Jpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The data behind permission decisions: role grants, known permissions and modules, which modules are installed now,
 * and which unit enabled which module. Kept in the database, mirrored in memory as an immutable
 * {@link PermissionRules} snapshot that is replaced after each change, so that checks never touch the database.
 */
@Component(service = PolicyStore.class)
public class PolicyStore {
    private final EntityManagerFactory emf;
    private final Set<String> installed = ConcurrentHashMap.newKeySet();
    private volatile Map<Role, Set<String>> grants = Map.of();
    private volatile Map<String, Set<String>> enabledByUnit = Map.of();
    private volatile Map<String, Set<UnitKind>> unitKinds = Map.of();
    private volatile PermissionRules rules = new PermissionRules(Map.of(), Set.of(), Map.of());

    @Activate
    public PolicyStore(@Reference(target = "(osgi.unit.name=portal.core)") EntityManagerFactory emf,
                       @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.core)") SchemaReady schema) {
        this.emf = emf;
        reload();
    }

    public PermissionRules rules() {
        return rules;
    }

    public Map<Role, Set<String>> grants() {
        return grants;
    }

    public Map<String, Set<String>> enabledByUnit() {
        return enabledByUnit;
    }

    public boolean isInstalled(String moduleId) {
        return installed.contains(moduleId);
    }

    /**
     * Records a module that just registered its descriptor: its row, its new permissions with their default grants
     * (only the first time a permission is seen, so that an administrator's later revocation sticks), and, the
     * first time the module is seen, its enablement for the auto-enable units and, if asked, its offer to the units.
     */
    public synchronized void moduleInstalled(ModuleDescriptor d, String version, String bundleName,
                                             Set<String> autoEnableUnits, boolean offer) {
        Jpa.run(emf, em -> {
            LocalDateTime now = LocalDateTime.now();
            ModuleEntity m = em.find(ModuleEntity.class, d.id());
            boolean firstTime = m == null;
            if (firstTime) {
                m = new ModuleEntity();
                m.setModuleId(d.id());
                m.setFirstSeen(now);
                m.setOffered(offer);
            }
            m.setName(d.name().zh());
            m.setNameEn(d.name().en());
            m.setVersion(version);
            m.setBundleName(bundleName);
            m.setPersonalData(d.holdsPersonalData());
            Text personal = d.personalData();
            m.setPersonalDataZh(personal == null ? null : cut(personal.zh()));
            m.setPersonalDataEn(personal == null ? null : cut(personal.en()));
            m.setLastSeen(now);
            if (firstTime) {
                em.persist(m);
                for (String unit : autoEnableUnits) {
                    if (em.find(UnitModuleEntity.class, new UnitModuleEntity.Key(unit, d.id())) == null) {
                        UnitModuleEntity um = new UnitModuleEntity();
                        um.setUnitCode(unit);
                        um.setModuleId(d.id());
                        um.setEnabled(true);
                        um.setChangedAt(now);
                        um.setChangedBy("system");
                        em.persist(um);
                    }
                }
            }
            for (PermissionDef p : d.permissions()) {
                if (!p.moduleId().equals(d.id())) {
                    throw new IllegalArgumentException("permission " + p.id() + " of module " + d.id()
                            + " must start with '" + d.id() + ".'");
                }
                PermissionEntity pe = em.find(PermissionEntity.class, p.id());
                if (pe == null) {
                    pe = new PermissionEntity();
                    pe.setPermissionId(p.id());
                    pe.setModuleId(d.id());
                    pe.setName(p.name().zh());
                    pe.setNameEn(p.name().en());
                    pe.setUnitKinds(kinds(p.unitKinds()));
                    em.persist(pe);
                    for (Role r : p.defaultRoles()) {
                        RoleGrantEntity g = new RoleGrantEntity();
                        g.setRoleName(r.name());
                        g.setPermissionId(p.id());
                        em.persist(g);
                    }
                } else {
                    pe.setName(p.name().zh());
                    pe.setNameEn(p.name().en());
                    if (pe.getUnitKinds() == null) {
                        // recorded before unit kinds existed: the module's default applies once, later edits stick
                        pe.setUnitKinds(kinds(p.unitKinds()));
                    }
                }
            }
        });
        installed.add(d.id());
        reload();
    }

    static String kinds(Set<UnitKind> kinds) {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<UnitKind> kinds(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        Set<UnitKind> result = EnumSet.noneOf(UnitKind.class);
        for (String k : column.split(",")) {
            result.add(UnitKind.of(k));
        }
        return Set.copyOf(result);
    }

    /** Limits a permission to staff of these unit kinds (empty: any unit). */
    public synchronized void setUnitKinds(String permission, Set<UnitKind> kinds) {
        Jpa.run(emf, em -> {
            PermissionEntity pe = em.find(PermissionEntity.class, permission);
            if (pe != null) {
                pe.setUnitKinds(kinds(kinds));
            }
        });
        reload();
    }

    private static String cut(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    /** Offers a known module to the member units' administrators, or withdraws the offer. */
    public void setOffered(String moduleId, boolean offered) {
        Jpa.run(emf, em -> {
            ModuleEntity m = em.find(ModuleEntity.class, moduleId);
            if (m != null) {
                m.setOffered(offered);
            }
        });
    }

    public synchronized void moduleRemoved(String moduleId) {
        installed.remove(moduleId);
        rebuild();
    }

    public synchronized void setEnabled(String unitCode, String moduleId, boolean enabled, String actor) {
        Jpa.run(emf, em -> {
            UnitModuleEntity um = em.find(UnitModuleEntity.class, new UnitModuleEntity.Key(unitCode, moduleId));
            if (um == null) {
                um = new UnitModuleEntity();
                um.setUnitCode(unitCode);
                um.setModuleId(moduleId);
                em.persist(um);
            }
            um.setEnabled(enabled);
            um.setChangedAt(LocalDateTime.now());
            um.setChangedBy(actor);
        });
        reload();
    }

    public synchronized void setGranted(Role role, String permission, boolean granted) {
        Jpa.run(emf, em -> {
            RoleGrantEntity g = em.find(RoleGrantEntity.class, new RoleGrantEntity.Key(role.name(), permission));
            if (granted && g == null) {
                g = new RoleGrantEntity();
                g.setRoleName(role.name());
                g.setPermissionId(permission);
                em.persist(g);
            } else if (!granted && g != null) {
                em.remove(g);
            }
        });
        reload();
    }

    /** Every permission recorded so far, in id order. */
    public List<PermissionDef> permissions() {
        Map<String, Set<Role>> byPermission = new HashMap<>();
        grants.forEach((role, perms) -> perms.forEach(p -> byPermission.computeIfAbsent(p, k -> new HashSet<>()).add(role)));
        return Jpa.tx(emf, em -> {
            List<PermissionDef> result = new ArrayList<>();
            for (PermissionEntity p : em.createQuery("select p from PermissionEntity p order by p.permissionId",
                    PermissionEntity.class).getResultList()) {
                result.add(new PermissionDef(p.getPermissionId(), Text.of(p.getName(), p.getNameEn()),
                        byPermission.getOrDefault(p.getPermissionId(), Set.of()), kinds(p.getUnitKinds())));
            }
            return result;
        });
    }

    /** Every module recorded so far (installed or not). */
    public List<ModuleEntity> knownModules() {
        return Jpa.tx(emf, em -> em.createQuery("select m from ModuleEntity m order by m.moduleId", ModuleEntity.class)
                .getResultList());
    }

    public synchronized void reload() {
        Jpa.run(emf, em -> {
            Map<Role, Set<String>> g = new EnumMap<>(Role.class);
            for (RoleGrantEntity e : em.createQuery("select g from RoleGrantEntity g", RoleGrantEntity.class).getResultList()) {
                try {
                    g.computeIfAbsent(Role.valueOf(e.getRoleName()), k -> new HashSet<>()).add(e.getPermissionId());
                } catch (IllegalArgumentException unknownRole) {
                    // a role removed from the code: its grants are ignored
                }
            }
            Map<String, Set<String>> en = new HashMap<>();
            for (UnitModuleEntity e : em.createQuery("select u from UnitModuleEntity u where u.enabled = true",
                    UnitModuleEntity.class).getResultList()) {
                en.computeIfAbsent(e.getUnitCode(), k -> new HashSet<>()).add(e.getModuleId());
            }
            Map<String, Set<UnitKind>> limited = new HashMap<>();
            for (Object[] r : em.createQuery("select p.permissionId, p.unitKinds from PermissionEntity p", Object[].class)
                    .getResultList()) {
                Set<UnitKind> k = kinds((String) r[1]);
                if (!k.isEmpty()) {
                    limited.put((String) r[0], k);
                }
            }
            unitKinds = Map.copyOf(limited);
            Map<Role, Set<String>> frozen = new EnumMap<>(Role.class);
            g.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
            grants = java.util.Collections.unmodifiableMap(frozen);
            Map<String, Set<String>> frozenEn = new HashMap<>();
            en.forEach((k, v) -> frozenEn.put(k, Set.copyOf(v)));
            enabledByUnit = Map.copyOf(frozenEn);
        });
        rebuild();
    }

    private void rebuild() {
        rules = new PermissionRules(grants, Set.copyOf(installed), enabledByUnit, unitKinds);
    }
}
