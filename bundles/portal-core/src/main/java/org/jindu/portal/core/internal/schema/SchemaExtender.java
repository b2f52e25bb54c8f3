package org.jindu.portal.core.internal.schema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.jindu.portal.api.module.ModuleDescriptor;
import org.jindu.portal.api.schema.SchemaReady;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extender that migrates the schema of every bundle with a {@value SchemaReady#MANIFEST_HEADER} header when the
 * bundle starts, then registers a {@link SchemaReady} service for it; the module's components wait for that service.
 * Migrations run on one thread of their own, in the order bundles started: a long upgrade never blocks the thread
 * that starts the other bundles. A failed migration is logged, recorded in {@link SchemaStatus} for the admin
 * screen, and the service is never registered, so the module stays inactive instead of running on a wrong schema.
 */
@Component(immediate = true, service = {})
public class SchemaExtender {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    private final BundleContext context;
    private final Migrator migrator;
    private final SchemaStatus status;
    private final BundleTracker<Tracked> tracker;
    /**
     * One thread, platform first: the core's own schema is migrated before any module's, so that a module's long first
     * migration never delays the platform's services; modules follow in install order.
     */
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "portal-schema-migrations");
        t.setDaemon(true);
        return t;
    });

    /** A migration task ordered by priority (lower first). */
    private record Task(long priority, long sequence, Runnable work) implements Runnable, Comparable<Task> {
        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Task o) {
            int c = Long.compare(priority, o.priority);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    private final AtomicLong sequence = new AtomicLong();

    /** One tracked bundle: its SchemaReady registration once migrated; {@code removed} cancels a pending migration. */
    private static final class Tracked {
        volatile ServiceRegistration<SchemaReady> registration;
        volatile boolean removed;
    }

    @Activate
    public SchemaExtender(BundleContext context,
                          @Reference(target = "(osgi.jndi.service.name=portal)") DataSource dataSource,
                          @Reference SchemaStatus status) {
        this.context = context;
        this.status = status;
        this.migrator = new Migrator(dataSource);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Tracked addingBundle(Bundle bundle, BundleEvent event) {
                if (bundle.getHeaders().get(SchemaReady.MANIFEST_HEADER) == null) {
                    return null;
                }
                Tracked tracked = new Tracked();
                long priority = bundle.getBundleId() == context.getBundle().getBundleId() ? -1 : bundle.getBundleId();
                executor.execute(new Task(priority, sequence.incrementAndGet(), () -> {
                    if (!tracked.removed) {
                        tracked.registration = migrate(bundle);
                        if (tracked.removed) {
                            unregister(tracked);
                        }
                    }
                }));
                return tracked;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
                tracked.removed = true;
                unregister(tracked);
            }
        };
        // hold the worker until the bundles present now are all queued, so that the queue can order them
        CountDownLatch queued = new CountDownLatch(1);
        executor.execute(new Task(Long.MIN_VALUE, 0, () -> {
            try {
                queued.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            tracker.open();
        } finally {
            queued.countDown();
        }
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        executor.shutdownNow();
    }

    private static void unregister(Tracked tracked) {
        ServiceRegistration<SchemaReady> reg = tracked.registration;
        tracked.registration = null;
        if (reg != null) {
            try {
                reg.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregisters it when our own bundle stops first
            }
        }
    }

    private ServiceRegistration<SchemaReady> migrate(Bundle bundle) {
        String folder = bundle.getHeaders().get(SchemaReady.MANIFEST_HEADER);
        String bsn = bundle.getSymbolicName();
        try {
            List<Migration> migrations = read(bundle, folder);
            long start = System.nanoTime();
            int version = migrator.migrate(bsn, migrations);
            LOG.info("Schema of {} at version {} ({} scripts checked in {} ms)", bsn, version, migrations.size(),
                    (System.nanoTime() - start) / 1_000_000);
            status.ok(bsn, version);
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(SchemaReady.BUNDLE, bsn);
            props.put(SchemaReady.VERSION, version);
            String module = bundle.getHeaders().get(ModuleDescriptor.MANIFEST_HEADER);
            if (module != null && !module.isBlank()) {
                props.put(SchemaReady.MODULE, module.strip());
            }
            return context.registerService(SchemaReady.class, new Ready(bsn, version), props);
        } catch (MigrationException | IOException | RuntimeException e) {
            LOG.error("Schema migration of {} failed; its module stays inactive: {}", bsn, e.getMessage(), e);
            status.failed(bsn, e.getMessage());
            return null;
        }
    }

    private static List<Migration> read(Bundle bundle, String folder) throws IOException {
        List<Migration> result = new ArrayList<>();
        Enumeration<URL> urls = bundle.findEntries(folder, "*.sql", false);
        for (URL url : urls == null ? Collections.<URL>emptyList() : Collections.list(urls)) {
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            Migration m = Migration.of(name, readAll(url));
            if (m == null) {
                throw new IOException("migration file name must look like V001__what.sql: " + name);
            }
            result.add(m);
        }
        return result;
    }

    private static String readAll(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private record Ready(String bundleSymbolicName, int version) implements SchemaReady {
    }
}
