package org.jindu.portal.core.internal.module;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.module.ModuleDescriptor;
import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.module.PortalEvents;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.core.internal.Events;
import org.jindu.portal.core.internal.access.PolicyStore;
import org.jindu.portal.core.internal.config.CoreConfig;
import org.jindu.portal.core.internal.persistence.ModuleEntity;
import org.jindu.portal.core.internal.schema.SchemaStatus;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks module descriptors (a module is "installed" while its descriptor is registered), records them with their
 * permissions, and keeps the per-unit enablement. For modules that are known but not installed it reports the
 * bundle's state and, for a bundle that does not resolve or whose migration failed, the reason.
 */
@Component(service = {ModuleRegistry.class, ModuleRegistryImpl.class}, immediate = true, configurationPid = CoreConfig.PID)
public class ModuleRegistryImpl implements ModuleRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistryImpl.class);

    private final BundleContext context;
    private final PolicyStore policy;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final OrgDirectory org;
    private final SchemaStatus schema;
    private final Set<String> autoEnableUnits;
    private final Map<String, Installed> installed = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile BundleDiagnosis diagnosis;

    private record Installed(ModuleDescriptor descriptor, Bundle bundle, String version) {
    }

    @Activate
    public ModuleRegistryImpl(BundleContext context, @Reference PolicyStore policy, @Reference AccessPolicy access,
                              @Reference AuditLog audit, @Reference OrgDirectory org,
                              @Reference SchemaStatus schema, CoreConfig config) {
        this.context = context;
        this.policy = policy;
        this.access = access;
        this.audit = audit;
        this.org = org;
        this.schema = schema;
        this.autoEnableUnits = Arrays.stream(config.autoEnableUnits().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindModule(ModuleDescriptor descriptor, ServiceReference<ModuleDescriptor> ref) {
        Bundle bundle = ref.getBundle();
        String version = descriptor.version() != null ? descriptor.version()
                : bundle == null ? "?" : bundle.getVersion().toString();
        try {
            policy.moduleInstalled(descriptor, version, bundle == null ? null : bundle.getSymbolicName(), autoEnableUnits);
        } catch (RuntimeException e) {
            LOG.error("Module {} could not be registered: {}", descriptor.id(), e.getMessage(), e);
            return;
        }
        installed.put(descriptor.id(), new Installed(descriptor, bundle, version));
        LOG.info("Module {} {} installed", descriptor.id(), version);
        Events.post(eventAdmin, PortalEvents.MODULE_INSTALLED, Map.of(PortalEvents.MODULE_ID, descriptor.id()));
        fire();
    }

    void unbindModule(ModuleDescriptor descriptor) {
        if (installed.remove(descriptor.id()) == null) {
            return;
        }
        policy.moduleRemoved(descriptor.id());
        LOG.info("Module {} removed", descriptor.id());
        Events.post(eventAdmin, PortalEvents.MODULE_REMOVED, Map.of(PortalEvents.MODULE_ID, descriptor.id()));
        fire();
    }

    @Deactivate
    void deactivate() {
        listeners.clear();
    }

    @Override
    public List<ModuleInfo> modules() {
        Map<String, Set<String>> unitsByModule = new HashMap<>();
        policy.enabledByUnit().forEach((unit, modules) ->
                modules.forEach(m -> unitsByModule.computeIfAbsent(m, k -> new TreeSet<>()).add(unit)));
        Map<String, List<PermissionDef>> permissions = policy.permissions().stream()
                .collect(Collectors.groupingBy(PermissionDef::moduleId));
        List<ModuleInfo> result = new ArrayList<>();
        for (ModuleEntity m : policy.knownModules()) {
            if (PlatformPermissions.MODULE_ID.equals(m.getModuleId())) {
                continue;
            }
            Installed inst = installed.get(m.getModuleId());
            Bundle bundle = inst != null ? inst.bundle() : findBundle(m.getBundleName());
            String state = bundle == null ? "UNINSTALLED" : stateName(bundle.getState());
            String problem = null;
            int schemaVersion = 0;
            if (bundle != null) {
                Optional<SchemaStatus.Entry> s = schema.of(bundle.getSymbolicName());
                if (s.isPresent()) {
                    schemaVersion = s.get().version();
                    problem = s.get().problem();
                }
                if (problem == null && inst == null && bundle.getState() == Bundle.INSTALLED) {
                    BundleDiagnosis d = diagnosis;
                    problem = d == null ? "bundle does not resolve" : d.diagnose(bundle);
                }
            }
            Text name = inst != null ? inst.descriptor().name() : Text.of(m.getName(), m.getNameEn());
            result.add(new ModuleInfo(m.getModuleId(), name, inst != null ? inst.version() : m.getVersion(),
                    inst != null, state, problem, schemaVersion, unitsByModule.getOrDefault(m.getModuleId(), Set.of()),
                    permissions.getOrDefault(m.getModuleId(), List.of())));
        }
        result.sort(Comparator.comparingInt((ModuleInfo i) -> {
            Installed inst = installed.get(i.id());
            return inst == null ? Integer.MAX_VALUE : inst.descriptor().order();
        }).thenComparing(ModuleInfo::id));
        return result;
    }

    @Override
    public Optional<ModuleInfo> module(String moduleId) {
        return modules().stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    @Override
    public boolean isInstalled(String moduleId) {
        return installed.containsKey(moduleId);
    }

    @Override
    public boolean isEnabled(String unitCode, String moduleId) {
        return policy.enabledByUnit().getOrDefault(unitCode, Set.of()).contains(moduleId);
    }

    @Override
    public void setEnabled(UserContext actor, String unitCode, String moduleId, boolean enabled) {
        access.check(actor, PlatformPermissions.ADMIN_MODULES);
        setEnabledUnchecked(actor.username(), actor.userId(), unitCode, moduleId, enabled);
    }

    /** For the Karaf console, whose users are trusted operators but not portal users. */
    public void setEnabledUnchecked(String actorName, long actorId, String unitCode, String moduleId, boolean enabled) {
        if (org.unit(unitCode).isEmpty()) {
            throw NotFoundException.of(Text.of("成员单位", "Member unit"), unitCode);
        }
        if (policy.knownModules().stream().noneMatch(m -> m.getModuleId().equals(moduleId))
                || PlatformPermissions.MODULE_ID.equals(moduleId)) {
            throw NotFoundException.of(Text.of("模块", "Module"), moduleId);
        }
        policy.setEnabled(unitCode, moduleId, enabled, actorName);
        audit.record(new UserContext(actorId, actorName, actorName, Set.of(), Set.of(), Set.of(), null),
                PlatformPermissions.MODULE_ID, AuditAction.UPDATE, "module-enablement", moduleId + "@" + unitCode, null,
                (enabled ? "enabled " : "disabled ") + moduleId + " for " + unitCode);
        Events.post(eventAdmin, PortalEvents.MODULE_ENABLEMENT, Map.of(PortalEvents.MODULE_ID, moduleId,
                PortalEvents.UNIT_CODE, unitCode, PortalEvents.ENABLED, enabled));
        fire();
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("Module listener failed", e);
            }
        }
    }

    private Bundle findBundle(String symbolicName) {
        if (symbolicName == null) {
            return null;
        }
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    private static String stateName(int state) {
        switch (state) {
            case Bundle.INSTALLED: return "INSTALLED";
            case Bundle.RESOLVED: return "RESOLVED";
            case Bundle.STARTING: return "STARTING";
            case Bundle.STOPPING: return "STOPPING";
            case Bundle.ACTIVE: return "ACTIVE";
            default: return "UNINSTALLED";
        }
    }
}
