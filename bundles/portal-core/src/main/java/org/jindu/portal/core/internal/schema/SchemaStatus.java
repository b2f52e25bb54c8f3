package org.jindu.portal.core.internal.schema;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the schema extender knows of each bundle's migrations: the applied versions (read from
 * {@code PORTAL_SCHEMA_VERSION}, so they are right for a module whose later script failed, for one that was removed
 * and after a restart) and, in memory, why this node's last migration of a bundle failed. A component of its own
 * because the extender activates module components (through SchemaReady) while it is itself activating, and those
 * may need the status.
 */
@Component(service = SchemaStatus.class)
public class SchemaStatus {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaStatus.class);

    /** One bundle's migration state on this node. {@code problem} is {@code null} when its schema is up to date. */
    public record Entry(int version, String problem) {
    }

    private final Migrator migrator;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Activate
    public SchemaStatus(@Reference(target = "(osgi.jndi.service.name=portal)") DataSource dataSource) {
        this.migrator = new Migrator(dataSource);
    }

    public void ok(String bundle, int version) {
        entries.put(bundle, new Entry(version, null));
    }

    /** A failed migration; the version stays the one applied before the failing script. */
    public void failed(String bundle, String problem) {
        entries.put(bundle, new Entry(applied().getOrDefault(bundle, 0), problem));
    }

    public Optional<Entry> of(String bundle) {
        return Optional.ofNullable(entries.get(bundle));
    }

    /** The highest applied migration of every bundle that has one, from the database. */
    public Map<String, Integer> applied() {
        try {
            return migrator.appliedVersions();
        } catch (SQLException e) {
            LOG.warn("Cannot read the applied schema versions: {}", e.getMessage());
            return Map.of();
        }
    }
}
