package org.jindu.portal.core.internal.module;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleProblem;
import org.jindu.portal.api.module.ModuleProblem.Kind;
import org.jindu.portal.core.internal.schema.SchemaStatus;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.namespace.IdentityNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Says why a module's bundle is not working, by name: the requirements no installed bundle provides (asked of the
 * framework's own resolver data, not a diagnostic's name), the exception its start failed with, the Declarative
 * Services components that wait for a reference or their configuration or failed to activate (with the reference or
 * the exception), a failed migration, and what the REST/SOAP publishers could not publish.
 */
@Component(service = ModuleDiagnosis.class)
public class ModuleDiagnosis {
    private final BundleContext context;
    private final FrameworkWiring wiring;
    private final SchemaStatus schema;
    private final ContributionsImpl publications;
    private final Map<Long, Text> startFailures = new ConcurrentHashMap<>();
    private final FrameworkListener frameworkListener = this::frameworkEvent;
    private final SynchronousBundleListener bundleListener = this::bundleEvent;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ServiceComponentRuntime scr;

    @Activate
    public ModuleDiagnosis(BundleContext context, @Reference SchemaStatus schema,
                           @Reference ContributionsImpl publications) {
        this.context = context;
        this.wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        this.schema = schema;
        this.publications = publications;
        context.addFrameworkListener(frameworkListener);
        context.addBundleListener(bundleListener);
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(frameworkListener);
        context.removeBundleListener(bundleListener);
    }

    /** Records why a start failed (the package installer starts bundles itself and gets the exception). */
    public void startFailed(Bundle bundle, Throwable failure) {
        startFailures.put(bundle.getBundleId(), Text.of("启动失败: " + oneLine(failure), "start failed: " + oneLine(failure)));
    }

    /** The module's problems; empty when nothing keeps it from working. */
    public List<ModuleProblem> diagnose(Bundle bundle, boolean descriptorRegistered) {
        List<ModuleProblem> problems = new ArrayList<>();
        if (bundle == null) {
            return problems;
        }
        switch (bundle.getState()) {
            case Bundle.INSTALLED:
                problems.addAll(unresolved(bundle));
                break;
            case Bundle.RESOLVED: {
                Text failure = startFailures.get(bundle.getBundleId());
                problems.add(new ModuleProblem(Kind.START, failure != null ? failure : Text.of("bundle 已停止", "the bundle is stopped")));
                break;
            }
            case Bundle.ACTIVE:
                schema.of(bundle.getSymbolicName()).map(SchemaStatus.Entry::problem).filter(p -> p != null)
                        .ifPresent(p -> problems.add(ModuleProblem.of(Kind.MIGRATION, "数据库迁移失败: " + p, "schema migration failed: " + p)));
                problems.addAll(components(bundle));
                publications.problems(bundle.getBundleId()).forEach(t -> problems.add(new ModuleProblem(Kind.PUBLICATION, t)));
                if (problems.isEmpty() && !descriptorRegistered) {
                    problems.add(ModuleProblem.of(Kind.DESCRIPTOR, "bundle 声明了 Portal-Module，但没有注册模块描述 (ModuleDescriptor)",
                            "the bundle declares Portal-Module but registers no ModuleDescriptor"));
                }
                break;
            default:
                break;
        }
        return problems;
    }

    /**
     * Why an installed bundle does not resolve: the requirements nobody provides. Only asks the framework (no resolve
     * attempt of its own: a diagnosis running beside an installation would take the framework's global resolve lock
     * from it).
     */
    List<ModuleProblem> unresolved(Bundle bundle) {
        List<ModuleProblem> problems = missingRequirements(bundle);
        if (problems.isEmpty()) {
            problems.add(ModuleProblem.of(Kind.REQUIREMENT, "每项依赖都有提供者，但 bundle 仍未解析 (uses 约束冲突?)；详见 bundle:diag "
                    + bundle.getBundleId(), "every requirement has a provider but the bundle is not resolved (a uses conflict?); see bundle:diag "
                    + bundle.getBundleId()));
        }
        return problems;
    }

    /** Every mandatory requirement of the bundle that no installed bundle provides, by name. */
    public List<ModuleProblem> missingRequirements(Bundle bundle) {
        List<ModuleProblem> problems = new ArrayList<>();
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return problems;
        }
        for (Requirement r : revision.getRequirements(null)) {
            String resolution = r.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
            String effective = r.getDirectives().get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
            if (Namespace.RESOLUTION_OPTIONAL.equals(resolution)
                    || (effective != null && !Namespace.EFFECTIVE_RESOLVE.equals(effective))
                    || IdentityNamespace.IDENTITY_NAMESPACE.equals(r.getNamespace())) {
                continue;
            }
            Collection<?> providers = wiring.findProviders(r);
            if (providers.isEmpty()) {
                problems.add(new ModuleProblem(Kind.REQUIREMENT,
                        Requirements.describe(r.getNamespace(), r.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE))));
            }
        }
        return problems;
    }

    /** Components that do not run: failed activations first, then what they wait for outside the bundle. */
    List<ModuleProblem> components(Bundle bundle) {
        ServiceComponentRuntime runtime = scr;
        List<ModuleProblem> problems = new ArrayList<>();
        if (runtime == null) {
            return problems;
        }
        Collection<ComponentDescriptionDTO> descriptions = runtime.getComponentDescriptionDTOs(bundle);
        Set<String> offeredHere = new HashSet<>();
        descriptions.forEach(d -> offeredHere.addAll(List.of(d.serviceInterfaces)));
        List<ModuleProblem> waiting = new ArrayList<>();
        List<ModuleProblem> waitingInside = new ArrayList<>();
        for (ComponentDescriptionDTO d : descriptions) {
            if (!runtime.isComponentEnabled(d)) {
                continue;
            }
            Collection<ComponentConfigurationDTO> configurations = runtime.getComponentConfigurationDTOs(d);
            if (configurations.isEmpty() && "require".equals(d.configurationPolicy)) {
                waiting.add(ModuleProblem.of(Kind.COMPONENT, "组件 " + d.name + " 等待配置 " + String.join(", ", d.configurationPid),
                        "component " + d.name + " waits for its configuration " + String.join(", ", d.configurationPid)));
            } else if (configurations.isEmpty()) {
                // enabled and needing no configuration, yet none: SCR has not reached it since the bundle started
                waiting.add(ModuleProblem.of(Kind.COMPONENT, "组件 " + d.name + " 正在启动", "component " + d.name + " is starting"));
            }
            for (ComponentConfigurationDTO c : configurations) {
                if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    String failure = failure(c.failure);
                    problems.add(ModuleProblem.of(Kind.COMPONENT, "组件 " + d.name + " 启动失败: " + failure,
                            "component " + d.name + " failed to activate: " + failure));
                } else if (c.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION) {
                    waiting.add(ModuleProblem.of(Kind.COMPONENT, "组件 " + d.name + " 等待配置",
                            "component " + d.name + " waits for its configuration"));
                } else if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences) {
                        String service = interfaceOf(d, u.name);
                        String target = u.target == null ? "" : " " + u.target;
                        ModuleProblem p = ModuleProblem.of(Kind.COMPONENT,
                                "组件 " + d.name + " 等待服务 " + service + target + " (引用 " + u.name + ")",
                                "component " + d.name + " waits for a service " + service + target + " (reference " + u.name + ")");
                        (offeredHere.contains(service) ? waitingInside : waiting).add(p);
                    }
                }
            }
        }
        problems.addAll(waiting);
        // a component waiting for another of the same bundle follows from the problems above; alone it still counts
        if (problems.isEmpty()) {
            problems.addAll(waitingInside);
        }
        return problems;
    }

    private static String interfaceOf(ComponentDescriptionDTO d, String referenceName) {
        for (ReferenceDTO r : d.references) {
            if (r.name.equals(referenceName)) {
                return r.interfaceName;
            }
        }
        return referenceName;
    }

    /** The exception line and its root cause, from SCR's stack trace text. */
    static String failure(String stackTrace) {
        if (stackTrace == null || stackTrace.isBlank()) {
            return "?";
        }
        String[] lines = stackTrace.strip().split("\\R");
        String first = lines[0].strip();
        String cause = null;
        for (String line : lines) {
            if (line.strip().startsWith("Caused by:")) {
                cause = line.strip().substring("Caused by:".length()).strip();
            }
        }
        return cause == null || cause.equals(first) ? first : first + " ← " + cause;
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += " ← " + root.getClass().getSimpleName() + ": " + root.getMessage();
        }
        return message.replaceAll("\\s+", " ");
    }

    private void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR && event.getBundle() != null && event.getThrowable() != null
                && event.getBundle().getBundleId() != 0) {
            startFailed(event.getBundle(), event.getThrowable());
        }
    }

    private void bundleEvent(BundleEvent event) {
        long id = event.getBundle().getBundleId();
        if (event.getType() == BundleEvent.STARTED || event.getType() == BundleEvent.UPDATED) {
            startFailures.remove(id);
        } else if (event.getType() == BundleEvent.UNINSTALLED) {
            startFailures.remove(id);
            publications.forget(id);
        }
    }
}
