package org.jindu.portal.core.internal.module;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleDescriptor;
import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.module.PortalEvents;
import org.jindu.portal.core.internal.Events;
import org.jindu.portal.core.internal.access.PolicyStore;
import org.jindu.portal.core.internal.config.CoreConfig;
import org.jindu.portal.core.internal.config.DemoMode;
import org.jindu.portal.core.internal.packages.PackageServiceImpl;
import org.jindu.portal.core.internal.persistence.ModuleEntity;
import org.jindu.portal.core.internal.schema.SchemaStatus;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows every module: from the moment a bundle with a {@code Portal-Module} header is installed (resolved or not),
 * while its descriptor is registered ("installed"), and, from the database, after it was removed. For each it reports
 * the bundle's state, the applied schema version and, when it is not working, why ({@link ModuleDiagnosis}).
 */
@Component(service = {ModuleRegistry.class, ModuleRegistryImpl.class}, immediate = true, configurationPid = CoreConfig.PID)
public class ModuleRegistryImpl implements ModuleRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistryImpl.class);

    private final BundleContext context;
    private final PolicyStore policy;
    private final SchemaStatus schema;
    private final ModuleDiagnosis diagnosis;
    private final Set<String> autoEnableUnits;
    private final boolean offerNew;
    private final Map<String, Installed> installed = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final BundleTracker<String> declaring;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    private record Installed(ModuleDescriptor descriptor, Bundle bundle, String version) {
    }

    @Activate
    public ModuleRegistryImpl(BundleContext context, @Reference PolicyStore policy, @Reference SchemaStatus schema,
                              @Reference ModuleDiagnosis diagnosis, CoreConfig config) {
        this.context = context;
        this.policy = policy;
        this.schema = schema;
        this.diagnosis = diagnosis;
        this.autoEnableUnits = Arrays.stream(config.autoEnableUnits().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        this.offerNew = config.offerNewModules() || DemoMode.isOn(config);
        int everyState = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.STOPPING | Bundle.ACTIVE;
        // without a framework (the core's JPA tests) the registry knows modules from their descriptors and the database
        this.declaring = context == null ? null : new BundleTracker<>(context, everyState, null) {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                String id = moduleIdOf(bundle);
                if (id != null) {
                    fire();
                }
                return id;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, String id) {
                fire();
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, String id) {
                fire();
            }
        };
        if (declaring != null) {
            declaring.open();
        }
    }

    /** The module a bundle declares in its {@code Portal-Module} header, or {@code null} (also for a trial bundle). */
    public static String moduleIdOf(Bundle bundle) {
        if (bundle.getLocation().startsWith(PackageServiceImpl.CHECK_LOCATION)) {
            return null; // a package's trial bundle, installed only to see whether it resolves
        }
        String id = bundle.getHeaders("").get(ModuleDescriptor.MANIFEST_HEADER);
        return id == null || id.isBlank() ? null : id.strip();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindModule(ModuleDescriptor descriptor, ServiceReference<ModuleDescriptor> ref) {
        Bundle bundle = ref.getBundle();
        String version = descriptor.version() != null ? descriptor.version()
                : bundle == null ? "?" : bundle.getVersion().toString();
        try {
            policy.moduleInstalled(descriptor, version, bundle == null ? null : bundle.getSymbolicName(), autoEnableUnits, offerNew);
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
        if (declaring != null) {
            declaring.close();
        }
        listeners.clear();
    }

    @Override
    public List<ModuleInfo> modules() {
        Map<String, Set<String>> unitsByModule = new HashMap<>();
        policy.enabledByUnit().forEach((unit, modules) ->
                modules.forEach(m -> unitsByModule.computeIfAbsent(m, k -> new TreeSet<>()).add(unit)));
        Map<String, List<PermissionDef>> permissions = policy.permissions().stream()
                .collect(Collectors.groupingBy(PermissionDef::moduleId));
        Map<String, ModuleEntity> known = new HashMap<>();
        policy.knownModules().forEach(m -> known.put(m.getModuleId(), m));
        Map<String, Bundle> declared = declaringBundles();
        Map<String, Integer> applied = schema.applied();

        Set<String> ids = new LinkedHashSet<>(known.keySet());
        ids.addAll(declared.keySet());
        ids.addAll(installed.keySet());
        ids.remove(PlatformPermissions.MODULE_ID);
        List<ModuleInfo> result = new ArrayList<>();
        for (String id : ids) {
            Installed inst = installed.get(id);
            ModuleEntity entity = known.get(id);
            Bundle bundle = inst != null && inst.bundle() != null ? inst.bundle() : declared.get(id);
            if (bundle == null && entity != null) {
                bundle = findBundle(entity.getBundleName());
            }
            String bundleName = bundle != null ? bundle.getSymbolicName() : entity != null ? entity.getBundleName() : null;
            Text name = inst != null ? inst.descriptor().name()
                    : entity != null ? Text.of(entity.getName(), entity.getNameEn())
                    : Text.of(bundleTitle(bundle, id), bundleTitle(bundle, id));
            String version = inst != null ? inst.version() : bundle != null ? bundle.getVersion().toString()
                    : entity != null ? entity.getVersion() : "?";
            boolean personal = inst != null ? inst.descriptor().holdsPersonalData() : entity != null && entity.isPersonalData();
            Text personalData = inst != null ? inst.descriptor().personalData()
                    : entity != null && entity.getPersonalDataZh() != null ? Text.of(entity.getPersonalDataZh(), entity.getPersonalDataEn()) : null;
            result.add(new ModuleInfo(id, name, version, inst != null, bundle == null ? "UNINSTALLED" : stateName(bundle.getState()),
                    bundleName, diagnosis == null ? List.of() : diagnosis.diagnose(bundle, inst != null), bundleName == null ? 0 : applied.getOrDefault(bundleName, 0),
                    personal, personalData, entity != null && entity.isOffered(), unitsByModule.getOrDefault(id, Set.of()),
                    permissions.getOrDefault(id, List.of())));
        }
        result.sort(Comparator.comparingInt((ModuleInfo i) -> {
            Installed inst = installed.get(i.id());
            return inst == null ? Integer.MAX_VALUE : inst.descriptor().order();
        }).thenComparing(ModuleInfo::id));
        return result;
    }

    /** Per module id, the bundle that declares it: the active one, else the newest version. */
    private Map<String, Bundle> declaringBundles() {
        Map<String, Bundle> result = new HashMap<>();
        if (declaring == null) {
            return result;
        }
        Map<Bundle, String> tracked = declaring.getTracked();
        tracked.forEach((bundle, id) -> result.merge(id, bundle, (a, b) -> {
            if ((a.getState() == Bundle.ACTIVE) != (b.getState() == Bundle.ACTIVE)) {
                return a.getState() == Bundle.ACTIVE ? a : b;
            }
            return a.getVersion().compareTo(b.getVersion()) >= 0 ? a : b;
        }));
        return result;
    }

    private static String bundleTitle(Bundle bundle, String id) {
        String name = bundle == null ? null : bundle.getHeaders("").get("Bundle-Name");
        return name == null || name.isBlank() ? id : name;
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

    /** The descriptor of a running module. */
    public Optional<ModuleDescriptor> descriptor(String moduleId) {
        return Optional.ofNullable(installed.get(moduleId)).map(Installed::descriptor);
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Tells listeners (open UIs) and EventAdmin that a unit's enablement of a module changed. */
    public void enablementChanged(String unitCode, String moduleId, boolean enabled) {
        Events.post(eventAdmin, PortalEvents.MODULE_ENABLEMENT, Map.of(PortalEvents.MODULE_ID, moduleId,
                PortalEvents.UNIT_CODE, unitCode, PortalEvents.ENABLED, enabled));
        fire();
    }

    /** Tells listeners that something they show of the modules changed. */
    public void fire() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("Module listener failed", e);
            }
        }
    }

    private Bundle findBundle(String symbolicName) {
        if (symbolicName == null || context == null) {
            return null;
        }
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    static String stateName(int state) {
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
