package org.jindu.portal.core.internal.persistence;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManagerFactory;

import org.apache.openjpa.enhance.PCRegistry;
import org.apache.openjpa.meta.MetaDataRepository;
import org.apache.openjpa.persistence.OpenJPAEntityManagerFactorySPI;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.hooks.weaving.WeavingHook;
import org.osgi.framework.wiring.BundleWiring;
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
 * Lets a removed or upgraded module's class loader go (bench/hotdeploy.sh measures it). Three places outlived every
 * module version and held its whole class loader (about 140 KB of heap and more of metaspace per install/remove
 * cycle): OpenJPA's static registry of enhanced classes ({@link PCRegistry}, whose entries hold an instance of each
 * class); the metadata repository of every <em>other</em> open persistence unit, which is told of each enhanced class
 * that initialises anywhere and keeps it in its alias table; and Aries JPA's weaving hook, which keeps the class
 * transformer OpenJPA registers for each persistence bundle (with a class loader whose parent is the bundle's) and
 * never removes it. When the framework drops a persistence bundle's wiring (unresolved after a refresh or an
 * uninstall), its classes and transformers are removed from all three; not earlier, because a bundle stopped and
 * started again keeps its loaded classes, which would not register a second time.
 *
 * <p>Neither the alias tables nor the weaving hook's transformers have a public API for this: they are reached by
 * reflection into OpenJPA 3.2's {@link MetaDataRepository} and Aries JPA 2.7's {@code JPAWeavingHook}. If a later
 * version renames the fields, the purge logs a warning and the leak is back, which the benchmark shows. Entities are
 * enhanced at build time, so no load-time transformer is needed.
 */
@Component(immediate = true)
public class EnhancedClassRelease {
    private static final Logger LOG = LoggerFactory.getLogger(EnhancedClassRelease.class);
    private static final String ARIES_HOOK = "org.apache.aries.jpa.container.weaving.impl.JPAWeavingHook";

    private final BundleContext context;
    private final Map<Long, WeakReference<ClassLoader>> loaders = new ConcurrentHashMap<>();
    private final List<EntityManagerFactory> units = new CopyOnWriteArrayList<>();
    private final SynchronousBundleListener listener = this::bundleChanged;

    @Activate
    public EnhancedClassRelease(BundleContext context) {
        this.context = context;
        context.addBundleListener(listener);
        for (Bundle b : context.getBundles()) {
            remember(b);
        }
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(listener);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindUnit(EntityManagerFactory emf) {
        units.add(emf);
    }

    void unbindUnit(EntityManagerFactory emf) {
        // by identity: the factories are proxies whose equals() compares the proxied factory with the proxy
        units.removeIf(u -> u == emf);
    }

    private void bundleChanged(BundleEvent event) {
        Bundle b = event.getBundle();
        switch (event.getType()) {
            case BundleEvent.RESOLVED, BundleEvent.STARTED -> remember(b);
            case BundleEvent.UNRESOLVED -> release(b);
            case BundleEvent.UNINSTALLED -> {
                // an uninstalled bundle nobody was wired to is gone without an UNRESOLVED event
                if (b.adapt(BundleWiring.class) == null) {
                    release(b);
                }
            }
            default -> {
            }
        }
    }

    private void remember(Bundle b) {
        if (b.getHeaders("").get("Meta-Persistence") == null) {
            return;
        }
        BundleWiring wiring = b.adapt(BundleWiring.class);
        ClassLoader loader = wiring == null ? null : wiring.getClassLoader();
        if (loader != null) {
            loaders.put(b.getBundleId(), new WeakReference<>(loader));
        }
    }

    private void release(Bundle bundle) {
        forgetTransformers(bundle);
        WeakReference<ClassLoader> ref = loaders.remove(bundle.getBundleId());
        ClassLoader loader = ref == null ? null : ref.get();
        if (loader == null) {
            return;
        }
        PCRegistry.deRegister(loader);
        for (EntityManagerFactory emf : units) {
            try {
                purge(emf.unwrap(OpenJPAEntityManagerFactorySPI.class).getConfiguration().getMetaDataRepositoryInstance(), loader);
            } catch (RuntimeException | ReflectiveOperationException e) {
                LOG.warn("Could not forget the classes of a removed bundle in a persistence unit; its class loader stays: {}", e.toString());
            }
        }
    }

    /** Drops the class transformers Aries JPA's weaving hook keeps for the bundle. */
    private void forgetTransformers(Bundle bundle) {
        if (bundle.getHeaders("").get("Meta-Persistence") == null) {
            return;
        }
        try {
            for (ServiceReference<WeavingHook> ref : context.getServiceReferences(WeavingHook.class, null)) {
                WeavingHook hook = context.getService(ref);
                try {
                    if (hook != null && ARIES_HOOK.equals(hook.getClass().getName())) {
                        Field field = hook.getClass().getDeclaredField("registeredTransformers");
                        field.setAccessible(true);
                        synchronized (hook) {
                            ((Map<?, ?>) field.get(hook)).remove(bundle);
                        }
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException | ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Could not drop the JPA class transformers of a removed bundle; its class loader stays: {}", e.toString());
        }
    }

    /** Removes the loader's classes from a repository's alias table and its buffer of registered classes. */
    @SuppressWarnings("unchecked")
    static void purge(MetaDataRepository repository, ClassLoader loader) throws ReflectiveOperationException {
        Field aliasesField = MetaDataRepository.class.getDeclaredField("_aliases");
        aliasesField.setAccessible(true);
        Map<String, List<Class<?>>> aliases = (Map<String, List<Class<?>>>) aliasesField.get(repository);
        synchronized (aliases) {
            aliases.values().forEach(list -> {
                if (list != null) {
                    list.removeIf(c -> c.getClassLoader() == loader);
                }
            });
            aliases.values().removeIf(list -> list != null && list.isEmpty());
        }
        Field registeredField = MetaDataRepository.class.getDeclaredField("_registered");
        registeredField.setAccessible(true);
        Collection<Class<?>> registered = (Collection<Class<?>>) registeredField.get(repository);
        synchronized (registered) {
            registered.removeIf(c -> c.getClassLoader() == loader);
        }
    }
}
